package dev.strata.maven;

import dev.strata.report.Style;
import dev.strata.report.StatusReport;
import org.apache.maven.plugins.annotations.Mojo;

/** Logs where the database stands against the directory, as {@code strata migrate status}. Changes nothing. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends DatabaseMojo {

    @Override
    void run(MavenOutput out) {
        out.print(StatusReport.text(strata(out).build().status(), Style.PLAIN));
    }
}
