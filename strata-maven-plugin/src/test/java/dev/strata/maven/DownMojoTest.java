package dev.strata.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code strata:down} goal on SQLite: it logs the plan, refuses data loss, and reverts. */
class DownMojoTest {

    @TempDir
    Path project;

    @Test
    void downRevertsTheLastVersionAndRefusesDataLoss() throws Exception {
        GoalsTest goals = new GoalsTest();
        goals.project = project;
        goals.migrations("1_users.sql", GoalsTest.USERS, "2_pets.sql", "CREATE TABLE pets (id int PRIMARY KEY);\n");
        String url = "sqlite://" + project.resolve("app.db");
        ApplyMojo apply = goals.configure(new ApplyMojo());
        apply.url = url;
        apply.txMode = "file";
        apply.execOrder = "linear";
        apply.execute();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"))) {
            c.createStatement().execute("INSERT INTO pets VALUES (1)");
        }

        DownMojo refused = down(goals, url);
        assertThatThrownBy(refused::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("table \"main.pets\" holds 1 row (dropped)");

        DownMojo down = down(goals, url);
        down.allowDataLoss = true;
        down.execute();
        assertThat(goals.log.text()).contains("[INFO] Migrating down from version 2 to 1 (1 migration in total):\n")
                .contains("[INFO]     -> DROP TABLE `pets`;\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT group_concat(version) FROM"
                     + " atlas_schema_revisions")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1");
        }
    }

    private static DownMojo down(GoalsTest goals, String url) {
        DownMojo down = goals.configure(new DownMojo());
        down.url = url;
        down.amount = 1;
        down.devUrl = "sqlite://dev?mode=memory";
        return down;
    }
}
