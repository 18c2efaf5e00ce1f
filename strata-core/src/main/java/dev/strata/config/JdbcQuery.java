package dev.strata.config;

import dev.strata.StrataException;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs the query of a {@code data "sql"} block, such as the list of tenant schemas, on a database URL. */
public final class JdbcQuery implements ProjectFile.SqlQuery {

    @Override
    public List<Object> firstColumn(String url, String query, List<Object> args) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        try (Session session = Dialects.forUrl(parsed).open(parsed);
             PreparedStatement ps = session.connection().prepareStatement(query)) {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                ps.setObject(i + 1, a instanceof BigDecimal n ? n : a == null ? null : String.valueOf(a));
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object v = rs.getObject(1);
                    values.add(v instanceof Number n ? new BigDecimal(n.toString()) : v == null ? null : v.toString());
                }
            }
            return values;
        } catch (SQLException e) {
            throw new StrataException("data \"sql\": query on " + parsed.redacted() + " failed: " + e.getMessage(), e);
        }
    }
}
