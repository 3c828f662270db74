package ai.landscape.takeaway;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.vocabulary.TakeawayKind;
import ai.landscape.vocabulary.TakeawayTopic;
import jakarta.inject.Singleton;
import java.util.List;

/** The take-aways: the findings on the US/China gap and what China needs. Not searchable: they have no names. */
@Singleton
public class Takeaways implements Declaration {

    public static final ListSpec<Takeaway, TakeawayDto> LIST = ListSpec.of(
                    "takeaways", "takeaway", Takeaway.class, TakeawayDto.class, TakeawayDto::from)
            .unnamed()
            .filter(Filter.code(
                    "kind", "kind", TakeawayKind.class, "GAP (a finding on the gap) or NEED (a thing China needs)"))
            .filter(Filter.code("topic", "topic", TakeawayTopic.class, "Topic of the take-away"))
            .sort("kind", "kind")
            .sort("topic", "topic")
            .sortNumber("row", "source_row")
            .facet(Facet.code("kind", "kind", TakeawayKind.class))
            .facet(Facet.code("topic", "topic", TakeawayTopic.class))
            .build();

    public static final CollectionDeclaration<Takeaway, TakeawayDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("要点", "Take-aways")
            .noun("takeaway")
            .position(50)
            .vocabularies(TakeawayKind.class, TakeawayTopic.class)
            .loader(TakeawaySeedLoader.LOADER)
            .links("sources")
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
