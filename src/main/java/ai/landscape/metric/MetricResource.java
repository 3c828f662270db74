package ai.landscape.metric;

import ai.landscape.api.Lists;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metrics", description = "The figures the essays state")
public class MetricResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listMetrics",
            summary = "List metrics",
            description =
                    "The figures the essays 000–003 state (a number, or a magnitude word such as 数十亿), raw beside "
                            + "typed; filtered by measure, unit, qualifier, source, thesis and the organization, model "
                            + "or company the figure is about; sort=value orders by the number (null last).")
    public RestResponse<Page<MetricDto>> list() {
        return lists.list(Metrics.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getMetric",
            summary = "Get a metric",
            description = "One figure by its id, e.g. chatgpt-time-to-100m-users.")
    public MetricDto get(
            @Parameter(description = "Metric id", example = "chatgpt-time-to-100m-users") @PathParam("id") String id) {
        return lists.detail(Metrics.COLLECTION, id);
    }
}
