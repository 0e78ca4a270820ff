package org.pathwise.planner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathwise.graph.PrerequisiteGraph;
import org.pathwise.model.Curriculum;
import org.pathwise.model.InterviewStage;
import org.pathwise.model.Project;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Teaching;
import org.pathwise.model.Topic;

/**
 * The curriculum as arrays for the planner's inner loops: every topic of every skill numbered, and
 * every step of a plan (the resources, then the projects) with the topics it covers, what it needs,
 * its stage, its endorsement and its hours. Built once per curriculum; immutable.
 */
final class TopicIndex {
    /** Skills an interview round tests weigh as Essential: the guide says to balance the rounds. */
    static final int INTERVIEW_WEIGHT = 3;

    final Curriculum curriculum;
    final PrerequisiteGraph graph;
    final int skillCount;
    final String[] skillId;
    final int[] weight;
    final int[][] skillTopics;
    final Map<String, Integer> skillIndex = new HashMap<>();

    final int topicCount;
    final int[] topicSkill;
    final int[] topicLevel;
    final String[] topicId;
    final String[] topicName;

    final int resourceCount;
    final int stepCount;
    final String[] stepId;
    final String[] stepTitle;
    final double[] hoursMin;
    final double[] hoursMax;
    final int[] stage;
    final double[] endorsementFactor;
    final int[] costRank;
    final int[][] covers;
    /** For resources: each requirement's options as resource indices. Empty for projects. */
    final int[][][] requires;
    /** For projects: the topics their required skill levels need. Empty for resources. */
    final int[][] gate;
    final Map<String, Integer> stepIndex = new HashMap<>();
    /** Resources in an order where each comes after one option of each of its requirements. */
    final int[] readinessOrder;
    /** For each resource, the resources that name it among their prerequisites. */
    final int[][] dependents;

    TopicIndex(Curriculum c, PrerequisiteGraph graph) {
        this.curriculum = c;
        this.graph = graph;
        List<Skill> skills = c.skills();
        skillCount = skills.size();
        skillId = new String[skillCount];
        weight = new int[skillCount];
        skillTopics = new int[skillCount][];
        List<String> tested = interviewSkills(c);
        int topics = 0;
        for (Skill s : skills) {
            topics += s.topics().size();
        }
        topicCount = topics;
        topicSkill = new int[topics];
        topicLevel = new int[topics];
        topicId = new String[topics];
        topicName = new String[topics];
        Map<String, Integer> topicIndex = new HashMap<>(topics * 2);
        int t = 0;
        for (int s = 0; s < skillCount; s++) {
            Skill skill = skills.get(s);
            skillId[s] = skill.id();
            skillIndex.put(skill.id(), s);
            boolean interview = skill.kind() == SkillKind.INTERVIEW || tested.contains(skill.id());
            weight[s] = interview ? Math.max(INTERVIEW_WEIGHT, skill.priority().weight()) : skill.priority().weight();
            skillTopics[s] = new int[skill.topics().size()];
            for (int k = 0; k < skill.topics().size(); k++) {
                Topic topic = skill.topics().get(k);
                topicSkill[t] = s;
                topicLevel[t] = topic.level();
                topicId[t] = topic.id();
                topicName[t] = topic.name();
                topicIndex.put(skill.id() + "/" + topic.id(), t);
                skillTopics[s][k] = t;
                t++;
            }
        }
        List<Resource> resources = c.resources();
        List<Project> projects = c.projects();
        resourceCount = resources.size();
        stepCount = resourceCount + projects.size();
        stepId = new String[stepCount];
        stepTitle = new String[stepCount];
        hoursMin = new double[stepCount];
        hoursMax = new double[stepCount];
        stage = new int[stepCount];
        endorsementFactor = new double[stepCount];
        costRank = new int[stepCount];
        covers = new int[stepCount][];
        requires = new int[stepCount][][];
        gate = new int[stepCount][];
        for (int i = 0; i < resourceCount; i++) {
            Resource r = resources.get(i);
            stepId[i] = r.id();
            stepIndex.put(r.id(), i);
        }
        for (int i = 0; i < resourceCount; i++) {
            Resource r = resources.get(i);
            stepTitle[i] = r.title();
            hoursMin[i] = r.hoursMin();
            hoursMax[i] = r.hoursMax();
            stage[i] = c.info().stageIndex(r.stage());
            endorsementFactor[i] = factor(r.endorsement());
            costRank[i] = r.cost().ordinal();
            covers[i] = topics(r.teaches(), topicIndex);
            requires[i] = new int[r.requires().size()][];
            for (int k = 0; k < r.requires().size(); k++) {
                Requirement req = r.requires().get(k);
                requires[i][k] = req.options().stream().mapToInt(stepIndex::get).toArray();
            }
            gate[i] = new int[0];
        }
        for (int j = 0; j < projects.size(); j++) {
            Project p = projects.get(j);
            int i = resourceCount + j;
            stepId[i] = p.id();
            stepIndex.put(p.id(), i);
            stepTitle[i] = p.title();
            hoursMin[i] = p.hoursMin();
            hoursMax[i] = p.hoursMax();
            stage[i] = c.info().stageIndex(p.stage());
            endorsementFactor[i] = 1.0;
            costRank[i] = 0;
            covers[i] = topics(p.teaches(), topicIndex);
            requires[i] = new int[0][];
            List<Integer> g = new ArrayList<>();
            for (SkillLevel req : p.requires()) {
                Integer s = skillIndex.get(req.skill());
                if (s != null) {
                    for (int topic : skillTopics[s]) {
                        if (topicLevel[topic] <= req.level()) {
                            g.add(topic);
                        }
                    }
                }
            }
            gate[i] = g.stream().mapToInt(Integer::intValue).toArray();
        }
        readinessOrder = graph.readinessOrder().stream().mapToInt(stepIndex::get).toArray();
        List<List<Integer>> deps = new ArrayList<>(resourceCount);
        for (int i = 0; i < resourceCount; i++) {
            deps.add(new ArrayList<>());
        }
        for (int i = 0; i < resourceCount; i++) {
            for (int[] options : requires[i]) {
                for (int o : options) {
                    deps.get(o).add(i);
                }
            }
        }
        dependents = new int[resourceCount][];
        for (int i = 0; i < resourceCount; i++) {
            dependents[i] = deps.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
    }

    private static int[] topics(List<Teaching> teaches, Map<String, Integer> topicIndex) {
        return teaches.stream().flatMap(t -> t.topics().stream().map(x -> t.skill() + "/" + x))
                .map(topicIndex::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).distinct()
                .toArray();
    }

    private static double factor(org.pathwise.model.Endorsement e) {
        return switch (e) {
            case START_HERE -> 1.6;
            case BEST_FREE -> 1.3;
            case NAMED -> 1.0;
            case PATHWISE_PICK -> 0.6;
        };
    }

    /** The skills that the interview rounds test, as the career track names them. */
    private static List<String> interviewSkills(Curriculum c) {
        List<String> out = new ArrayList<>();
        for (InterviewStage s : c.career().interview()) {
            for (InterviewStage round : s.rounds()) {
                out.addAll(round.skills());
            }
        }
        return out;
    }

    boolean isProject(int step) {
        return step >= resourceCount;
    }

    int skill(String id) {
        Integer s = skillIndex.get(id);
        return s == null ? -1 : s;
    }

    /**
     * A skill's level over a set of covered topics: the highest level whose topics, and those of
     * every level below, are all covered. Levels no topic defines are passed over.
     */
    int level(int skill, BitSet covered) {
        int best = 0;
        for (int level = 1; level <= 3; level++) {
            boolean defined = false;
            boolean all = true;
            for (int t : skillTopics[skill]) {
                if (topicLevel[t] == level) {
                    defined = true;
                }
                if (topicLevel[t] <= level && !covered.get(t)) {
                    all = false;
                }
            }
            if (!all) {
                break;
            }
            if (defined) {
                best = level;
            }
        }
        return best;
    }

    /** True when every topic the step covers is already covered. */
    boolean knows(int step, BitSet covered) {
        if (covers[step].length == 0) {
            return false;
        }
        for (int t : covers[step]) {
            if (!covered.get(t)) {
                return false;
            }
        }
        return true;
    }

    double expectedHours(int step) {
        return (hoursMin[step] + hoursMax[step]) / 2;
    }
}
