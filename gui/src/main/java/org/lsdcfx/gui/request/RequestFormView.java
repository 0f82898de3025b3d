package org.lsdcfx.gui.request;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsdcfx.gui.model.BeamSize;

/**
 * The "Collection Parameters" form's nodes (view only; {@link RequestFormController} gives them behaviour):
 * acquisition, beam, protocol sub-panels (standard, vector, raster / multi-crystal, characterisation, energy
 * scan), processing and data location, with units next to every field.
 */
final class RequestFormView {
    final ComboBox<String> protocol = new ComboBox<>();
    final ComboBox<String> centering = new ComboBox<>();
    final ComboBox<BeamSize> beamSize = new ComboBox<>();
    final Map<FieldId, TextField> fields = new EnumMap<>(FieldId.class);
    final Map<FieldId, Label> labels = new EnumMap<>(FieldId.class);
    final Map<FieldId, Label> units = new EnumMap<>(FieldId.class);
    final CheckBox fastDP = check("fastDP", "fastDpBox");
    final CheckBox fastEP = check("fastEP", "fastEpBox");
    final CheckBox dimple = check("dimple", "dimpleBox");
    final CheckBox xia2 = check("xia2", "xia2Box");
    final ComboBox<String> edge = new ComboBox<>();
    final TextField spaceGroup = new TextField("P1");
    final CheckBox anomalous = check("Anomalous", "anomalousBox");
    final Label basePath = new Label();
    final Label dataPath = new Label();
    final Label status = new Label();
    final Label loadedFrom = new Label();
    final Button addToQueue = new Button("Add to Queue");
    final Button applyChanges = new Button("Apply Changes");
    final VBox protocolBox = new VBox();
    final Map<String, Node> subPanels = new LinkedHashMap<>();
    final ScrollPane root;

    RequestFormView(List<BeamSize> beamSizes) {
        for (FieldId f : FieldId.values()) {
            TextField t = new TextField();
            t.setId(f.nodeId());
            t.setPrefColumnCount(8);
            fields.put(f, t);
            Label l = new Label(f.label());
            labels.put(f, l);
            Label u = new Label(f.unit());
            u.getStyleClass().add("unit");
            units.put(f, u);
        }
        fields.get(FieldId.TOTAL_EXPOSURE).setEditable(false);
        fields.get(FieldId.TOTAL_EXPOSURE).getStyleClass().add("read-only");
        fields.get(FieldId.PREFIX).setPromptText("sample name");
        fields.get(FieldId.PREFIX).setPrefColumnCount(14);
        for (ComboBox<?> c : List.of(protocol, centering, beamSize, edge)) {
            c.setPrefWidth(130);
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        protocol.getItems().setAll(Protocols.ALL);
        protocol.setId("protocolCombo");
        centering.getItems().setAll(RequestObjMapper.CENTERING);
        centering.setId("centeringCombo");
        beamSize.getItems().setAll(beamSizes);
        beamSize.setId("beamSizeCombo");
        edge.getItems().setAll(AbsorptionEdges.choices());
        edge.setId("edgeCombo");
        spaceGroup.setId("spaceGroupField");
        spaceGroup.setPrefColumnCount(9);

        GridPane acquisition = grid();
        int r = 0;
        acquisition.addRow(r++, new Label("Protocol"), protocol, new Label(""));
        for (FieldId f : List.of(FieldId.WIDTH, FieldId.START, FieldId.RANGE, FieldId.EXPOSURE, FieldId.TOTAL_EXPOSURE)) {
            row(acquisition, r++, f);
        }
        GridPane beam = grid();
        r = 0;
        for (FieldId f : List.of(FieldId.DISTANCE, FieldId.RESOLUTION, FieldId.ENERGY, FieldId.WAVELENGTH,
                FieldId.TRANSMISSION)) {
            row(beam, r++, f);
        }
        beam.addRow(r++, new Label("Beam size"), beamSize, new Label(""));
        beam.addRow(r, new Label("Sample centring"), centering, new Label(""));
        HBox top = new HBox(24, acquisition, beam);

        buildSubPanels();
        protocolBox.setId("protocolPanel");
        protocolBox.getStyleClass().add("protocol-panel");

        HBox processing = new HBox(12, new Label("Processing"), fastDP, fastEP, dimple, xia2);
        processing.setId("processingRow");

        GridPane location = grid();
        basePath.setId("basePathLabel");
        dataPath.setId("dataPathLabel");
        dataPath.getStyleClass().add("data-path");
        dataPath.setWrapText(true);
        location.addRow(0, new Label("Base path"), basePath);
        row(location, 1, FieldId.PREFIX);
        row(location, 2, FieldId.FILE_NUMBER);
        location.addRow(3, new Label("Data path"), dataPath);
        GridPane.setColumnSpan(basePath, 2);
        GridPane.setColumnSpan(dataPath, 2);
        TitledPane locationPane = new TitledPane("Data Location", location);
        locationPane.setCollapsible(false);

        addToQueue.setId("addToQueueButton");
        addToQueue.getStyleClass().add("accent");
        applyChanges.setId("applyChangesButton");
        HBox buttons = new HBox(8, addToQueue, applyChanges);
        status.setId("formStatus");
        status.setWrapText(true);
        loadedFrom.setId("loadedFromLabel");
        loadedFrom.getStyleClass().add("dim");

        VBox content = new VBox(10, top, protocolBox, processing, locationPane, buttons, status, loadedFrom);
        content.setPadding(new Insets(8));
        TitledPane pane = new TitledPane("Collection Parameters", content);
        pane.setCollapsible(false);
        pane.setId("requestForm");
        root = new ScrollPane(pane);
        root.setFitToWidth(true);
        root.getStyleClass().add("request-form");
    }

    private void buildSubPanels() {
        subPanels.put(Protocols.STANDARD, new VBox());
        GridPane vector = grid();
        row(vector, 0, FieldId.VECTOR_WEDGES);
        vector.addRow(1, new Label("Start / end"), note("set on the sample view (Vector Start / End)"));
        subPanels.put(Protocols.VECTOR, titled("Vector", vector));
        GridPane raster = grid();
        row(raster, 0, FieldId.RASTER_STEP);
        row(raster, 1, FieldId.DIFF_CUTOFF); // multi-crystal only; the controller shows it
        raster.addRow(2, new Label("Grid"), note("drawn on the sample view, or defined by AutoRaster"));
        Node rasterPanel = titled("Raster", raster);
        subPanels.put(Protocols.RASTER, rasterPanel);
        subPanels.put(Protocols.MULTI_COL, rasterPanel);
        GridPane chr = grid();
        row(chr, 0, FieldId.CHAR_RESOLUTION);
        row(chr, 1, FieldId.CHAR_ISIGMA);
        row(chr, 2, FieldId.CHAR_COMPLETENESS);
        row(chr, 3, FieldId.CHAR_MULTIPLICITY);
        row(chr, 4, FieldId.CHAR_DOSE_LIMIT);
        chr.addRow(5, new Label("Space group"), spaceGroup, anomalous);
        subPanels.put(Protocols.CHARACTERIZE, titled("Characterisation", chr));
        GridPane escan = grid();
        escan.addRow(0, new Label("Element / edge"), edge, new Label(""));
        row(escan, 1, FieldId.ESCAN_STEPS);
        row(escan, 2, FieldId.ESCAN_STEPSIZE);
        subPanels.put(Protocols.ESCAN, titled("Energy Scan", escan));
        subPanels.put(Protocols.BURN, new VBox(note("Burn: stills with the burn defaults")));
    }

    /** The sub-panel of a protocol (ednaCol shares the characterisation panel). */
    Node subPanel(String p) {
        if (Protocols.EDNA_COL.equals(p)) {
            return subPanels.get(Protocols.CHARACTERIZE);
        }
        return subPanels.getOrDefault(p, subPanels.get(Protocols.STANDARD));
    }

    private void row(GridPane g, int r, FieldId f) {
        g.addRow(r, labels.get(f), fields.get(f), units.get(f));
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        ColumnConstraints label = new ColumnConstraints(118);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().addAll(label, field, new ColumnConstraints(36));
        return g;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        return t;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dim");
        return l;
    }

    private static CheckBox check(String text, String id) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        return c;
    }
}
