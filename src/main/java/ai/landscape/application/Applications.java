package ai.landscape.application;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.organization.Organization;
import ai.landscape.vocabulary.Category;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.Segment;
import jakarta.inject.Singleton;
import java.util.List;

/** The China application list: products and projects by direction (category) and go-to-market segment. */
@Singleton
public class Applications implements Declaration {

    public static final ListSpec<Application, ApplicationDto> LIST = ListSpec.of(
                    "applications", "application", Application.class, ApplicationDto.class, ApplicationDto::from)
            .filter(Filter.codeIn("category", "categories", Category.class, "Direction (方向) of the application"))
            .filter(Filter.codeIn("segment", "segments", Segment.class, "Go-to-market segment"))
            .filter(Filter.id("organization", "organization_id", "Id of the organization that makes it"))
            .searchable()
            .sort("organization", "organization_id")
            .sortNumber("row", "source_row")
            .facet(Facet.codeIn("category", "categories", Category.class))
            .facet(Facet.codeIn("segment", "segments", Segment.class))
            .facet(Facet.linked("organization", "organization_id", Organization::labels))
            .build();

    public static final CollectionDeclaration<Application, ApplicationDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("应用", "Applications")
            .noun("application")
            .position(30)
            .vocabularies(Category.class, Segment.class, NameOrigin.class)
            .loader(ApplicationSeedLoader.LOADER)
            .links("sources")
            .linksTo("organizations", a -> a.organizationId == null ? List.of() : List.of(a.organizationId))
            .searchable(a -> new SearchNames(a.id, a.name, a.nameEn, a.nameZh, a.aliases, a.searchText))
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
