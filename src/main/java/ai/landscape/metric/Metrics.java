package ai.landscape.metric;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.common.Qualifier;
import ai.landscape.source.Source;
import ai.landscape.vocabulary.Unit;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** The metrics: the figures the essays 000–003 state. Not searchable: a figure has a subject, not a name. */
@Singleton
public class Metrics implements Declaration {

    public static final ListSpec<Metric, MetricDto> LIST = ListSpec.of(
                    "metrics", "metric", Metric.class, MetricDto.class, MetricDto::from)
            .unnamed()
            .filter(Filter.idIn("source", "sources", "Id of a seed document that states the figure"))
            .filter(Filter.code("measure", "measure", Measure.class, "What the figure measures"))
            .filter(Filter.code("unit", "unit", Unit.class, "Unit of the figure"))
            .filter(Filter.codes(
                    "qualifier",
                    "qualifier",
                    Arrays.stream(Qualifier.values()).map(Enum::name).toList(),
                    Qualifier.class.getSimpleName(),
                    "How the figure is worded (EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, RANGE, MAGNITUDE, ...)"))
            .filter(Filter.id("organization", "subject_organization", "Id of the organization the figure is about"))
            .filter(Filter.id("model", "subject_model", "Id of the model the figure is about"))
            .filter(Filter.id("company", "subject_company", "Id of the company the figure is about"))
            .filter(Filter.id("thesis", "thesis_id", "Id of the thesis that states the figure"))
            .sort("measure", "measure")
            .sortNumber("value", "value")
            .sort("subject", "subject")
            .sort("source", "sources[1]")
            .facet(Facet.code("measure", "measure", Measure.class))
            .facet(Facet.code("unit", "unit", Unit.class))
            .facet(Facet.linked("source", "unnest(sources)", Source::labels))
            .build();

    public static final CollectionDeclaration<Metric, MetricDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("数据点", "Metrics")
            .noun("metric")
            .position(94)
            .vocabularies(Measure.class, Unit.class)
            .loader(MetricSeedLoader.LOADER)
            .links("sources", "organizations", "models", "theses", "companies")
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
