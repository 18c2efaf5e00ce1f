package dev.strata.maven;

import dev.strata.migrate.exec.StatusResult;
import dev.strata.report.StatusJson;
import dev.strata.report.StatusReport;
import dev.strata.report.Style;
import org.apache.maven.plugins.annotations.Mojo;

/** Logs where the database stands against the directory, as {@code strata migrate status}. Changes nothing. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends DatabaseMojo {

    @Override
    void run(MavenOutput out) {
        boolean json = json();
        StatusResult s = strata(out).build().status();
        out.print(json ? StatusJson.of(database, dirUrl(), s) + "\n" : StatusReport.text(s, Style.PLAIN));
    }
}
