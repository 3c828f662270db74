package ai.landscape.investment;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.source.Source;
import ai.landscape.vocabulary.Unit;
import jakarta.inject.Singleton;
import java.util.List;

/** The investment layers: the layers of the AI stack that "Generative AI's Act o1" weighs for investors. */
@Singleton
public class InvestmentLayers implements Declaration {

    public static final ListSpec<InvestmentLayer, InvestmentLayerDto> LIST = ListSpec.of(
                    "investment-layers",
                    "investment_layer",
                    InvestmentLayer.class,
                    InvestmentLayerDto.class,
                    InvestmentLayerDto::from)
            .filter(Filter.idIn("source", "sources", "Id of the seed document that describes the layer"))
            .searchable()
            .sortNumber("ordinal", "ordinal")
            .facet(Facet.linked("source", "unnest(sources)", Source::labels))
            .build();

    public static final CollectionDeclaration<InvestmentLayer, InvestmentLayerDto> COLLECTION =
            CollectionDeclaration.of(LIST)
                    .label("投资层", "Investment layers")
                    .noun("investment layer")
                    .position(160)
                    .vocabularies(Unit.class)
                    .loader(InvestmentLayerSeedLoader.LOADER)
                    .links("sources")
                    .searchable(l -> new SearchNames(l.id, l.name, l.nameEn, null, List.of(), l.searchText))
                    .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
