package org.projectnexus.logic.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as search sees them: split by Unicode's word rules (so words of any script are found), lower-cased and
 * with accents folded away ({@code café} finds {@code cafe} and back). No stemming and no stop words: engineers
 * search for exact identifiers ({@code a}, {@code it}, {@code go} are names here), and a prefix query covers plurals.
 */
final class SearchAnalyzer extends Analyzer {

    /** Apostrophes split words, so {@code l'été} finds {@code été} and {@code don't} is the phrase {@code don t}. */
    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    private static NormalizeCharMap apostrophes() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("'", " ");
        map.add("\u2019", " ");
        return map.build();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
        return new TokenStreamComponents(words, folded);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
