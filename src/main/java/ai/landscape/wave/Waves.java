package ai.landscape.wave;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.organization.Organization;
import ai.landscape.source.Source;
import jakarta.inject.Singleton;
import java.util.List;

/** The waves: the four waves of generative AI in the 2022 essay, as its two translations and 004 state them. */
@Singleton
public class Waves implements Declaration {

    public static final ListSpec<Wave, WaveDto> LIST = ListSpec.of(
                    "waves", "wave", Wave.class, WaveDto.class, WaveDto::from)
            .filter(Filter.idIn("source", "sources", "Id of a seed document that states the wave"))
            .filter(Filter.idIn("organization", "organizations", "Id of an organization the wave's text names"))
            .filter(Filter.idIn("model", "models", "Id of a model the wave's text names"))
            .searchable()
            .sortNumber("ordinal", "ordinal")
            .facet(Facet.linked("source", "unnest(sources)", Source::labels))
            .facet(Facet.linked("organization", "unnest(organizations)", Organization::labels))
            .build();

    public static final CollectionDeclaration<Wave, WaveDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("浪潮", "Waves")
            .noun("wave")
            .position(110)
            .loader(WaveSeedLoader.LOADER)
            .links("sources")
            .linksTo("organizations", w -> w.organizations)
            .linksTo("models", w -> w.models)
            .searchable(w -> new SearchNames(w.id, w.name, w.nameEn, null, WaveSeedLoader.aliases(w), w.searchText))
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
