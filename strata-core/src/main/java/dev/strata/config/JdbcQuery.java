package dev.strata.config;

import dev.strata.StrataException;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

/** Runs the query of a {@code data "sql"} block, such as the list of tenant schemas, on a database URL. */
public final class JdbcQuery implements ProjectFile.SqlQuery {

    @Override
    public List<Object> firstColumn(String url, String query, List<Object> args) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        Object[] bound = args.stream().map(a -> a instanceof BigDecimal || a == null ? a : String.valueOf(a)).toArray();
        try (Session session = Dialects.forUrl(parsed).open(parsed)) {
            return session.jdbc().query(query, rs -> {
                Object v = rs.getObject(1);
                return v instanceof Number n ? new BigDecimal(n.toString()) : v == null ? null : v.toString();
            }, bound);
        } catch (SQLException e) {
            throw new StrataException("query on " + parsed.redacted() + " failed: " + e.getMessage(), e);
        }
    }
}
