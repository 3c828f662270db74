package ai.landscape.sota;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.organization.Organization;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.Region;
import ai.landscape.vocabulary.SotaType;
import jakarta.inject.Singleton;
import java.util.List;

/** The rows of the US/China SOTA model comparison. */
@Singleton
public class SotaModels implements Declaration {

    public static final ListSpec<SotaModel, SotaModelDto> LIST = ListSpec.of(
                    "sota-models", "sota_model", SotaModel.class, SotaModelDto.class, SotaModelDto::from)
            .filter(Filter.code("type", "type", SotaType.class, "Type of model (类型)"))
            .filter(Filter.idIn("organization", "organizations", "Id of one of the organizations of the row"))
            .filter(Filter.codeIn("region", "regions", Region.class, "Region of one of the organizations of the row"))
            .filter(Filter.atLeast(
                    "minParameters",
                    "parameters_min",
                    "At least this many parameters: some model of the row has a count the cell states that is at "
                            + "least the value (an exact count, or the figure of \"至少\"/at least or more than). "
                            + "Claims the cell reports from others (\"有说法\", reported) and estimates are not "
                            + "counted; rows that state no count never match"))
            .filter(Filter.atMost(
                    "maxParameters",
                    "parameters_max",
                    "At most this many parameters: some model of the row has a count the cell states that is at most "
                            + "the value (an exact count, or the figure of \"以内\"/at most). An \"at least\" "
                            + "count has no upper end and never matches; reported claims and estimates are not "
                            + "counted; rows that state no count never match"))
            .searchable()
            .sort("type", "type")
            .sortNumber(
                    "parameters",
                    "parameters_min",
                    "the largest count the row states for one of its models, an \"at least\" count by its figure; "
                            + "reported claims and estimates are not counted; rows without a count come last")
            .sortNumber("row", "source_row")
            .facet(Facet.code("type", "type", SotaType.class))
            .facet(Facet.linked("organization", "unnest(organizations)", Organization::labels))
            .facet(Facet.codeIn("region", "regions", Region.class))
            .build();

    public static final CollectionDeclaration<SotaModel, SotaModelDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("SOTA模型", "SOTA models")
            .noun("sota model")
            .position(40)
            .vocabularies(SotaType.class, Region.class, NameOrigin.class)
            .loader(SotaSeedLoader.LOADER)
            .links("sources")
            .linksTo("organizations", s -> s.organizations)
            .linksTo(
                    "models",
                    s -> s.models.stream()
                            .map(m -> m.model())
                            .filter(java.util.Objects::nonNull)
                            .toList())
            .searchable(s -> new SearchNames(s.id, s.name, s.nameEn, s.nameZh, s.aliases, s.searchText))
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
