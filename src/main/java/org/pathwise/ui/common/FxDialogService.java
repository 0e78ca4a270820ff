package org.pathwise.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the window, owned by it. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void info(String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("Pathwise");
        a.setHeaderText(null);
        a.getDialogPane().setPrefWidth(560);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.CANCEL, ButtonType.OK);
        a.initOwner(owner);
        return a.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> options, Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = options.stream().map(label).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(labels.get(0), labels);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait().map(labels::indexOf).filter(i -> i >= 0).map(options::get);
    }

    @Override
    public Optional<Path> fileToSave(String title, String initialName, List<String[]> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> fileToOpen(String title, List<String[]> filters) {
        return Optional.ofNullable(chooser(title, filters).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<String[]> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (String[] f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f[0], f[1]));
        }
        return chooser;
    }
}
