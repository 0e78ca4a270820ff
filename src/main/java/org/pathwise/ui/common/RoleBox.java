package org.pathwise.ui.common;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

import org.pathwise.model.Role;

/** A drop-down of target roles that shows their names. */
public final class RoleBox {
    private RoleBox() {
    }

    public static ComboBox<Role> create(String id, List<Role> roles) {
        ComboBox<Role> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(roles);
        box.setCellFactory(l -> new RoleCell());
        box.setButtonCell(new RoleCell());
        return box;
    }

    private static final class RoleCell extends ListCell<Role> {
        @Override
        protected void updateItem(Role r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.name());
        }
    }
}
