package org.projectnexus.logic.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as search sees them: split by Unicode's word rules (so words of any script are found), lower-cased and
 * with accents folded away ({@code café} finds {@code cafe} and back). No stemming and no stop words: engineers
 * search for exact identifiers ({@code a}, {@code it}, {@code go} are names here), and a prefix query covers plurals.
 * Words are split at apostrophes ({@link ApostropheSplitFilter}).
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(new ApostropheSplitFilter(words)));
        return new TokenStreamComponents(words, folded);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
