package ai.landscape.organization;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListOperation;
import ai.landscape.api.ListSpec;
import ai.landscape.model.Models;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.MoneyKind;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.OrganizationKind;
import ai.landscape.vocabulary.Region;
import jakarta.inject.Singleton;
import java.util.List;

/** The organizations: the model players of the US and China tables, with the models of each. */
@Singleton
public class Organizations implements Declaration {

    public static final ListSpec<Organization, OrganizationDto> LIST = ListSpec.of(
                    "organizations", "organization", Organization.class, OrganizationDto.class, OrganizationDto::from)
            .filter(Filter.code("region", "region", Region.class, "Region of the organization"))
            .filter(Filter.codeIn(
                    "capability",
                    "capabilities",
                    Capability.class,
                    "Has a model in this capability column (its cell is not empty)"))
            .filter(Filter.code("kind", "kind", OrganizationKind.class, "Kind of organization"))
            .searchable()
            .sort("region", "region")
            .sort("kind", "kind")
            .facet(Facet.code("region", "region", Region.class))
            .facet(Facet.codeIn("capability", "capabilities", Capability.class))
            .facet(Facet.code("kind", "kind", OrganizationKind.class))
            .build();

    public static final CollectionDeclaration<Organization, OrganizationDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("机构", "Organizations")
            .noun("organization")
            .position(10)
            .vocabularies(Region.class, OrganizationKind.class, Capability.class, MoneyKind.class, NameOrigin.class)
            .loader(OrganizationSeedLoader.LOADER)
            .links("sources")
            .searchable(o -> new SearchNames(o.id, o.name, o.nameEn, o.nameZh, o.aliases, o.searchText))
            .build();

    /** The models of one organization: {@code /organizations/{id}/models}. */
    public static final ListOperation MODELS =
            ListOperation.nested("listOrganizationModels", Models.LIST, "organization", COLLECTION);

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public List<ListOperation> lists(Catalog catalog) {
        return List.of(MODELS);
    }
}
