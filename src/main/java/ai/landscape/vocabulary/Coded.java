package ai.landscape.vocabulary;

/** A code of a vocabulary: its UPPER_SNAKE name plus a Chinese and an English label. */
public interface Coded {

    String name();

    Label label();
}
