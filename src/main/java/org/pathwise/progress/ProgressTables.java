package org.pathwise.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathwise.model.HoursEntry;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.ResourceProgress;
import org.pathwise.model.SkillRating;
import org.pathwise.model.Status;
import org.pathwise.model.StatusChange;

/** Reading and writing the whole of a learner's progress, for snapshots, export and import. */
final class ProgressTables {
    private static final List<String> TABLES = List.of("project_checklist", "project_progress", "career_checklist",
            "hours_log", "status_history", "resource_progress", "skill_rating", "setting");

    private ProgressTables() {
    }

    static LearnerProgress readAll(Connection c) throws SQLException {
        Map<String, ResourceProgress> resources = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT resource_id, status, hours, note, updated_at FROM resource_progress ORDER BY resource_id")) {
            while (rs.next()) {
                resources.put(rs.getString(1), new ResourceProgress(rs.getString(1), status(rs.getString(2)),
                        rs.getDouble(3), rs.getString(4), Instant.parse(rs.getString(5))));
            }
        }
        List<StatusChange> history = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT resource_id, status, at FROM status_history ORDER BY id")) {
            while (rs.next()) {
                history.add(new StatusChange(rs.getString(1), status(rs.getString(2)), Instant.parse(rs.getString(3))));
            }
        }
        List<HoursEntry> hours = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT resource_id, hours, at FROM hours_log ORDER BY id")) {
            while (rs.next()) {
                hours.add(new HoursEntry(rs.getString(1), rs.getDouble(2), Instant.parse(rs.getString(3))));
            }
        }
        Map<String, SkillRating> ratings = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT skill_id, level, updated_at FROM skill_rating ORDER BY skill_id")) {
            while (rs.next()) {
                ratings.put(rs.getString(1), new SkillRating(rs.getString(1), rs.getInt(2),
                        Instant.parse(rs.getString(3))));
            }
        }
        Map<String, Map<String, Instant>> checked = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT project_id, item_id, checked_at FROM project_checklist")) {
            while (rs.next()) {
                checked.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(rs.getString(2), Instant.parse(rs.getString(3)));
            }
        }
        Map<String, ProjectProgress> projects = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT project_id, status,"
                + " repository_url, demo_url, notes, impact, updated_at FROM project_progress ORDER BY project_id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                projects.put(id, new ProjectProgress(id, ProjectStatus.fromKey(rs.getString(2)).orElseThrow(),
                        checked.getOrDefault(id, Map.of()), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), Instant.parse(rs.getString(7))));
            }
        }
        Map<String, Instant> career = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT item_id, checked_at FROM career_checklist")) {
            while (rs.next()) {
                career.put(rs.getString(1), Instant.parse(rs.getString(2)));
            }
        }
        Map<String, String> settings = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return new LearnerProgress(resources, history, hours, ratings, projects, career, settings);
    }

    private static Status status(String key) {
        return Status.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown status " + key));
    }

    static void deleteAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    static void insertAll(Connection c, LearnerProgress p) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("INSERT INTO resource_progress (resource_id, status, hours, note,"
                + " updated_at) VALUES (?, ?, ?, ?, ?)")) {
            for (ResourceProgress r : p.resources().values()) {
                u.setString(1, r.resourceId());
                u.setString(2, r.status().key());
                u.setDouble(3, r.hours());
                u.setString(4, r.note());
                u.setString(5, r.updatedAt().toString());
                u.addBatch();
            }
            u.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement(
                "INSERT INTO status_history (resource_id, status, at) VALUES (?, ?, ?)")) {
            for (StatusChange h : p.history()) {
                u.setString(1, h.resourceId());
                u.setString(2, h.status().key());
                u.setString(3, h.at().toString());
                u.addBatch();
            }
            u.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement("INSERT INTO hours_log (resource_id, hours, at) VALUES (?, ?, ?)")) {
            for (HoursEntry h : p.hoursLog()) {
                u.setString(1, h.resourceId());
                u.setDouble(2, h.hours());
                u.setString(3, h.at().toString());
                u.addBatch();
            }
            u.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement(
                "INSERT INTO skill_rating (skill_id, level, updated_at) VALUES (?, ?, ?)")) {
            for (SkillRating r : p.ratings().values()) {
                u.setString(1, r.skillId());
                u.setInt(2, r.level());
                u.setString(3, r.updatedAt().toString());
                u.addBatch();
            }
            u.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement("INSERT INTO project_progress (project_id, status, repository_url,"
                + " demo_url, notes, impact, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement(
                     "INSERT INTO project_checklist (project_id, item_id, checked_at) VALUES (?, ?, ?)")) {
            for (ProjectProgress r : p.projects().values()) {
                u.setString(1, r.projectId());
                u.setString(2, r.status().key());
                u.setString(3, r.repositoryUrl());
                u.setString(4, r.demoUrl());
                u.setString(5, r.notes());
                u.setString(6, r.impact());
                u.setString(7, r.updatedAt().toString());
                u.executeUpdate();
                for (Map.Entry<String, Instant> i : r.checkedItems().entrySet()) {
                    item.setString(1, r.projectId());
                    item.setString(2, i.getKey());
                    item.setString(3, i.getValue().toString());
                    item.executeUpdate();
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement("INSERT INTO career_checklist (item_id, checked_at) VALUES (?, ?)")) {
            for (Map.Entry<String, Instant> i : p.careerItems().entrySet()) {
                u.setString(1, i.getKey());
                u.setString(2, i.getValue().toString());
                u.executeUpdate();
            }
        }
        try (PreparedStatement u = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : p.settings().entrySet()) {
                u.setString(1, e.getKey());
                u.setString(2, e.getValue());
                u.executeUpdate();
            }
        }
    }
}
