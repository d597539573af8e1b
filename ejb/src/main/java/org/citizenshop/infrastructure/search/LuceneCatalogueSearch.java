package org.citizenshop.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.citizenshop.application.port.CatalogueSearch;

/**
 * The service finder's index, in memory (the catalogue is small and rebuilt from the database):
 * Lucene with Portuguese and English analysis. Every text is indexed twice: stemmed per language
 * (so "mudei de casa" meets "mudança de casa", "documents" meets "document") and plain, folded to
 * lower case without accents, for the last word still being typed (a prefix) and for typing
 * mistakes (a fuzzy match of one or two edits, by the word's length). Life events weigh a little
 * more than the services they bundle: someone typing "nascimento" means the event.
 */
@ApplicationScoped
public class LuceneCatalogueSearch implements CatalogueSearch {

    private static final String KIND = "kind";
    private static final String CODE = "code";
    private static final String PLAIN = "plain";
    private static final String NAME = "name_";
    private static final String WORDS = "words_";
    private static final String CODE_WORDS = "code_words";
    private static final float LIFE_EVENT_WEIGHT = 1.5f;

    private static final CharArraySet STOP_PT = PortugueseAnalyzer.getDefaultStopSet();
    private static final CharArraySet STOP_EN = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Analyzer portuguese = new Stemming(STOP_PT, true);
    private final Analyzer english = new Stemming(STOP_EN, false);
    private final Analyzer plain = new Plain(true);
    private final Analyzer lowerCase = new Plain(false);
    private final Analyzer perField = new PerFieldAnalyzerWrapper(
            plain,
            Map.of(NAME + "pt", portuguese, WORDS + "pt", portuguese, NAME + "en", english, WORDS + "en", english));

    /** The searcher of the current index; replaced whole when the catalogue is indexed again. */
    private volatile IndexSearcher searcher;

    @Override
    public void replaceAll(List<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue could not be indexed", e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue's index could not be opened", e);
        }
    }

    @Override
    public boolean isEmpty() {
        return searcher == null;
    }

    private static Document document(Entry entry) {
        Document document = new Document();
        document.add(new StringField(KIND, entry.kind().name(), Field.Store.YES));
        document.add(new StringField(CODE, entry.code(), Field.Store.YES));
        document.add(new TextField(NAME + "pt", entry.namePt(), Field.Store.NO));
        document.add(new TextField(NAME + "en", entry.nameEn(), Field.Store.NO));
        document.add(new TextField(WORDS + "pt", entry.wordsPt(), Field.Store.NO));
        document.add(new TextField(WORDS + "en", entry.wordsEn(), Field.Store.NO));
        // The code's words too, weighing most: a clerk who types "AT-NIF" or "nif" means that one.
        document.add(new TextField(CODE_WORDS, entry.code().replace('-', ' '), Field.Store.NO));
        String everything = String.join(" ", entry.namePt(), entry.nameEn(), entry.wordsPt(), entry.wordsEn());
        document.add(new TextField(PLAIN, everything, Field.Store.NO));
        return document;
    }

    @Override
    public List<Match> search(String typed, String language, int limit) {
        IndexSearcher current = searcher;
        if (current == null || typed == null || typed.isBlank() || limit < 1) {
            return List.of();
        }
        Query query = query(typed, "en".equals(language) ? "en" : "pt");
        if (query == null) {
            return List.of();
        }
        try {
            List<Match> matches = new ArrayList<>();
            for (ScoreDoc hit : current.search(query, limit).scoreDocs) {
                Document document = current.storedFields().document(hit.doc);
                matches.add(new Match(Kind.valueOf(document.get(KIND)), document.get(CODE), hit.score));
            }
            return List.copyOf(matches);
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue's index could not be searched", e);
        }
    }

    /**
     * One clause per word typed (stop words left out unless nothing else is left), each the best of:
     * the stemmed word in a name or in the words citizens use (more in the asked language), the plain
     * word, the plain word as a prefix when it is the last one and still being typed, and the plain
     * word with a typing mistake.
     */
    private Query query(String typed, String language) {
        List<String> words = tokens(lowerCase, PLAIN, typed);
        List<String> meaningful = words.stream()
                .filter(word -> !STOP_PT.contains(word) && !STOP_EN.contains(word))
                .toList();
        if (!meaningful.isEmpty()) {
            words = meaningful;
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean stillTyping = !Character.isWhitespace(typed.charAt(typed.length() - 1));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String typedWord = words.get(i);
            String word = String.join("", tokens(plain, PLAIN, typedWord));
            List<Query> ways = new ArrayList<>();
            for (String lang : List.of("pt", "en")) {
                float weight = lang.equals(language) ? 1.5f : 1f;
                for (String stem : tokens("pt".equals(lang) ? portuguese : english, NAME + lang, typedWord)) {
                    ways.add(new BoostQuery(new TermQuery(new Term(NAME + lang, stem)), 4f * weight));
                    ways.add(new BoostQuery(new TermQuery(new Term(WORDS + lang, stem)), 3f * weight));
                }
            }
            ways.add(new BoostQuery(new TermQuery(new Term(PLAIN, word)), 3f));
            ways.add(new BoostQuery(new TermQuery(new Term(CODE_WORDS, word)), 6f));
            if (stillTyping && i == words.size() - 1 && word.length() >= 2) {
                ways.add(new BoostQuery(new PrefixQuery(new Term(PLAIN, word)), 2f));
            }
            int edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
            if (edits > 0) {
                ways.add(new BoostQuery(new FuzzyQuery(new Term(PLAIN, word), edits, 1), 1f));
            }
            all.add(new DisjunctionMaxQuery(ways, 0.1f), BooleanClause.Occur.SHOULD);
        }
        return FunctionScoreQuery.boostByQuery(
                all.build(), new TermQuery(new Term(KIND, Kind.LIFE_EVENT.name())), LIFE_EVENT_WEIGHT);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("the text could not be analysed", e);
        }
        return tokens;
    }

    /** Words in lower case, without accents when folding: "Câmara" and "camara" are the same word. */
    private static final class Plain extends Analyzer {
        private final boolean folding;

        Plain(boolean folding) {
            this.folding = folding;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream lower = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, folding ? new ASCIIFoldingFilter(lower) : lower);
        }
    }

    /** One language's words: stop words out, light stemming (plurals, genders), then accents folded. */
    private static final class Stemming extends Analyzer {
        private final CharArraySet stopWords;
        private final boolean portuguese;

        Stemming(CharArraySet stopWords, boolean portuguese) {
            this.stopWords = stopWords;
            this.portuguese = portuguese;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            if (!portuguese) {
                stream = new EnglishPossessiveFilter(stream);
            }
            stream = new StopFilter(stream, stopWords);
            stream = portuguese ? new PortugueseLightStemFilter(stream) : new EnglishMinimalStemFilter(stream);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }
    }
}
