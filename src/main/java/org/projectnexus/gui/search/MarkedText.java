package org.projectnexus.gui.search;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.projectnexus.model.SearchHit;

/** Marked runs of text as a text flow: the matches in the style class {@code search-match}. */
final class MarkedText {

    private MarkedText() {
    }

    static TextFlow flow(List<SearchHit.Marked> runs, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (SearchHit.Marked run : runs) {
            Text text = new Text(run.text());
            text.getStyleClass().add(run.match() ? "search-match" : "search-text");
            flow.getChildren().add(text);
        }
        return flow;
    }
}
