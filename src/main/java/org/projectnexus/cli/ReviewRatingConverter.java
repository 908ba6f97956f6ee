package org.projectnexus.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.projectnexus.model.ReviewRating;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a review's rating in any case: again, hard, good or easy. */
final class ReviewRatingConverter implements ITypeConverter<ReviewRating> {

    @Override
    public ReviewRating convert(String value) {
        return ReviewRating.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a rating; use again, hard, good or easy"));
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReviewRating.values()).map(ReviewRating::word).iterator();
        }
    }
}
