package ai.landscape.landscapecategory;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.source.Source;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.Label;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The landscape categories: the model modalities and application categories each document lists (000 and 002, the two
 * translations of the 2022 essay, and 004), one record per item of each document's list.
 */
@Singleton
public class LandscapeCategories implements Declaration {

    public static final ListSpec<LandscapeCategory, LandscapeCategoryDto> LIST = ListSpec.of(
                    "landscape-categories",
                    "landscape_category",
                    LandscapeCategory.class,
                    LandscapeCategoryDto.class,
                    LandscapeCategoryDto::from)
            .filter(Filter.idIn("source", "sources", "Id of the seed document whose list it is in"))
            .filter(Filter.code(
                    "kind",
                    "kind",
                    LandscapeCategoryKind.class,
                    "MODEL_MODALITY (a 模型 item) or APPLICATION_CATEGORY (an 应用 item)"))
            .filter(Filter.code(
                    "capability", "capability", Capability.class, "The capability column (player tables) it is"))
            .searchable()
            .sortNumber("ordinal", "ordinal")
            .sort("source", "sources[1]")
            .sort("kind", "kind")
            .facet(Facet.code("kind", "kind", LandscapeCategoryKind.class))
            .facet(Facet.linked("source", "unnest(sources)", LandscapeCategories::sourceLabels))
            .facet(Facet.code("capability", "capability", Capability.class))
            .build();

    public static final CollectionDeclaration<LandscapeCategory, LandscapeCategoryDto> COLLECTION =
            CollectionDeclaration.of(LIST)
                    .label("市场格局类别", "Landscape categories")
                    .noun("landscape category")
                    .position(72)
                    .vocabularies(LandscapeCategoryKind.class, Capability.class)
                    .loader(LandscapeCategorySeedLoader.LOADER)
                    .links("sources")
                    .searchable(c -> new SearchNames(c.id, c.name, c.nameEn, null, List.of(), c.searchText))
                    .build();

    /** The titles of the seed documents by id; a document without an English title is labelled in English by its id. */
    static Map<String, Label> sourceLabels(Collection<String> ids) {
        return Source.<Source>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> new Label(s.title, s.titleEn == null ? s.id : s.titleEn)));
    }

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
