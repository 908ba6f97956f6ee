package org.projectnexus.gui.search;

import java.util.function.BiConsumer;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SearchHit;

/**
 * The search panel: the query field, what was found, the kind and tag facets (click one to narrow the results,
 * again to widen them), and the results with their marked snippets. Enter or a double click opens a result.
 */
public final class SearchPanel extends VBox {

    private final SearchViewModel viewModel;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final FlowPane kindFacets = new FlowPane(4, 4);
    private final FlowPane tagFacets = new FlowPane(4, 4);

    /** {@code open} gets the chosen entry's hit and the words to highlight in it. */
    public SearchPanel(SearchViewModel viewModel, BiConsumer<SearchHit, List<String>> open) {
        super(6);
        this.viewModel = viewModel;
        setId("searchPanel");
        setPadding(new Insets(6));
        field.setId("searchField");
        field.setPromptText("Search: words \"a phrase\" prefix* -not kind: tag: status:");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label indexing = new Label();
        indexing.textProperty().bind(viewModel.indexingProperty());
        indexing.visibleProperty().bind(viewModel.indexingProperty().isNotEmpty());
        indexing.managedProperty().bind(indexing.visibleProperty());
        results.setId("searchResults");
        results.setItems(viewModel.hits());
        results.setCellFactory(list -> new HitCell());
        results.setPlaceholder(new Label(""));
        VBox.setVgrow(results, Priority.ALWAYS);
        Runnable openSelected = () -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit == null && !results.getItems().isEmpty()) {
                hit = results.getItems().get(0);
            }
            if (hit != null) {
                open.accept(hit, viewModel.highlights());
            }
        };
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected.run();
            }
        });
        viewModel.kinds().addListener((ListChangeListener<SearchViewModel.Facet>) change -> showKinds());
        viewModel.tags().addListener((ListChangeListener<SearchViewModel.Facet>) change -> showTags());
        getChildren().addAll(field, indexing, summary, kindFacets, tagFacets, results);
    }

    /** Puts the cursor in the query field, its text selected for replacing. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private void showKinds() {
        kindFacets.getChildren().clear();
        for (SearchViewModel.Facet facet : viewModel.kinds()) {
            EntryKind kind = EntryKind.valueOf(facet.value());
            ToggleButton chip = chip(facet, kind == viewModel.kindProperty().get());
            chip.setOnAction(event -> viewModel.kindProperty().set(chip.isSelected() ? kind : null));
            kindFacets.getChildren().add(chip);
        }
    }

    private void showTags() {
        tagFacets.getChildren().clear();
        for (SearchViewModel.Facet facet : viewModel.tags()) {
            ToggleButton chip = chip(facet, facet.value().equals(viewModel.tagProperty().get()));
            chip.setOnAction(event -> viewModel.tagProperty().set(chip.isSelected() ? facet.value() : null));
            tagFacets.getChildren().add(chip);
        }
    }

    private static ToggleButton chip(SearchViewModel.Facet facet, boolean selected) {
        ToggleButton chip = new ToggleButton(facet.label() + " " + facet.count());
        chip.getStyleClass().addAll("small", "facet");
        chip.setSelected(selected);
        chip.setFocusTraversable(false);
        return chip;
    }

    /** A result: the title with its matches marked, the kind, and the snippet. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            TextFlow title = MarkedText.flow(hit.titleRuns(), "search-title");
            TextFlow snippet = MarkedText.flow(hit.snippetRuns(), "search-snippet");
            Label kind = new Label(hit.kind().displayName());
            kind.getStyleClass().add("search-kind");
            // Wrap to the list's width (the cell's own width is not settled when its height is computed).
            for (TextFlow flow : new TextFlow[] {title, snippet}) {
                flow.prefWidthProperty().bind(getListView().widthProperty().subtract(48));
                flow.maxWidthProperty().bind(flow.prefWidthProperty());
                flow.setMinHeight(Region.USE_PREF_SIZE);
            }
            setPrefWidth(0);
            setGraphic(new VBox(2, title, kind, snippet));
        }
    }
}
