package ai.landscape.meta;

import ai.landscape.seed.Dataset;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and holds a loaded dataset. */
@Readiness
@ApplicationScoped
public class DatasetReadinessCheck implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dataset");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery("SELECT version FROM dataset WHERE id = " + Dataset.ID)) {
                if (rs.next()) {
                    return response.up()
                            .withData("datasetVersion", rs.getString(1))
                            .build();
                }
                return response.down().withData("reason", "no dataset loaded").build();
            }
        } catch (SQLException e) {
            return response.down().withData("reason", "database unavailable").build();
        }
    }
}
