package org.pathwise.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.model.Curriculum;
import org.pathwise.model.InterviewStage;
import org.pathwise.model.Priority;
import org.pathwise.model.Requirement;
import org.pathwise.model.Resource;
import org.pathwise.model.Role;
import org.pathwise.model.Skill;
import org.pathwise.model.SkillKind;
import org.pathwise.model.SkillLevel;
import org.pathwise.model.Teaching;
import org.pathwise.model.Endorsement;
import org.pathwise.model.Project;
import org.pathwise.model.ResourceKind;

/** The shipped curriculum, checked against the lists of the career guide it comes from. */
class BuiltInCurriculumTest {
    private static LoadedCurriculum loaded;
    private static Curriculum c;

    @BeforeAll
    static void load() throws InvalidCurriculumException {
        loaded = new CurriculumLoader().loadBuiltIn();
        c = loaded.curriculum();
    }

    @Test
    void theNineSkillsOfThePriorityTableHaveTheGuidesPriorities() {
        Map<String, Priority> table = new LinkedHashMap<>();
        table.put("Python (production-quality)", Priority.ESSENTIAL);
        table.put("ML frameworks (PyTorch / TensorFlow)", Priority.ESSENTIAL);
        table.put("Math & statistics (linear algebra, probability, calculus)", Priority.ESSENTIAL);
        table.put("Data engineering (SQL, Spark, pipelines)", Priority.ESSENTIAL);
        table.put("MLOps & model serving (Docker, APIs, CI/CD)", Priority.ESSENTIAL);
        table.put("Software engineering fundamentals (Git, testing, design patterns)", Priority.IMPORTANT);
        table.put("Cloud ML services (AWS SageMaker, GCP Vertex AI)", Priority.IMPORTANT);
        table.put("Experiment tracking (MLflow, W&B)", Priority.IMPORTANT);
        table.put("Distributed computing (multi-GPU, Ray, Horovod)", Priority.BONUS);
        Map<String, Priority> shipped = c.skills().stream().collect(Collectors.toMap(Skill::name, Skill::priority));
        table.forEach((name, priority) -> assertEquals(priority, shipped.get(name), name));
    }

    @Test
    void eachTableSkillNamesTheGuidesBestFreeResources() {
        Map<String, List<String>> best = Map.of(
                "python", List.of("Real Python", "Python"),
                "ml-frameworks", List.of("PyTorch", "Practical Deep Learning"),
                "math", List.of("Essence of Linear Algebra", "Statistics and probability"),
                "data-engineering", List.of("SQLBolt", "Spark"),
                "mlops", List.of("Made With ML", "MLOps Zoomcamp"),
                "software-engineering", List.of("Missing Semester"),
                "cloud-ml", List.of("AWS Free Tier", "Vertex AI"),
                "experiment-tracking", List.of("MLflow", "Weights & Biases"),
                "distributed-computing", List.of("Ray", "Accelerate"));
        best.forEach((skill, titles) -> {
            List<String> named = c.skill(skill).orElseThrow().bestFreeResources().stream()
                    .map(id -> c.resource(id).orElseThrow().title()).toList();
            for (String t : titles) {
                assertTrue(named.stream().anyMatch(n -> n.contains(t)), skill + " lacks " + t + ": " + named);
            }
        });
    }

    @Test
    void theSubTopicsOfTheSixAreasAndTheThreeSoftSkillsArePresent() {
        Map<String, List<String>> topics = Map.of(
                "python", List.of("Type hints", "Async", "FastAPI", "Profiling", "packaging", "Logging", "Error handling"),
                "ml-frameworks", List.of("Custom datasets", "Training loops", "Autograd", "GPU memory",
                        "Custom loss", "Distributed training", "gradient", "computation graph"),
                "math", List.of("SVD", "MLE", "Eigendecomposition", "Bayes", "chain rule", "Gradients", "Optimization"),
                "data-engineering", List.of("Airflow, Prefect", "Spark, Dask", "Feast", "SQL", "Feature engineering"),
                "mlops", List.of("Docker", "TorchServe, Triton, BentoML", "registries", "drift", "CI/CD"),
                "software-engineering", List.of("Git", "Unit testing", "Integration testing", "Design patterns",
                        "API design", "Code review"));
        topics.forEach((skill, expected) -> {
            String names = c.skill(skill).orElseThrow().topics().stream().map(t -> t.name())
                    .collect(Collectors.joining(" | "));
            for (String e : expected) {
                assertTrue(names.contains(e), skill + " lacks topic " + e + ": " + names);
            }
        });
        List<String> soft = c.skills().stream().filter(s -> s.kind() == SkillKind.SOFT).map(Skill::name).toList();
        assertEquals(List.of("Translating business problems into ML problems", "Experimentation rigor", "Communication"),
                soft);
    }

    @Test
    void everyResourceTheGuideNamesIsInTheCatalog() {
        List<String> named = List.of(
                // foundation courses
                "Machine Learning Specialization", "Practical Deep Learning for Coders", "CS229",
                // deep learning and frameworks
                "60 Minute Blitz", "PyTorch tutorials", "Hugging Face course", "Deep Learning Specialization",
                "TensorFlow",
                // MLOps and production ML
                "Made With ML", "MLOps Zoomcamp", "Designing Machine Learning Systems",
                // math foundations
                "Essence of Linear Algebra", "Essence of Calculus", "Linear algebra", "Statistics and probability",
                "Mathematics for Machine Learning",
                // Kaggle
                "Titanic, House Prices", "Kaggle featured competitions", "Kaggle datasets and notebooks",
                // interview preparation
                "Machine Learning System Design Interview", "NeetCode 150", "LeetCode",
                "Hugging Face documentation", "Papers With Code",
                // the skill table's best free resources
                "Real Python", "The Python Tutorial", "SQLBolt", "Apache Spark", "The Missing Semester",
                "AWS Free Tier", "Vertex AI", "MLflow", "Weights & Biases", "Ray", "Accelerate", "Horovod",
                // tools the guide names
                "FastAPI", "Flask", "Docker", "Kubernetes", "TorchServe", "Triton", "BentoML", "ONNX", "Airflow",
                "Prefect", "Dask", "Feast", "Kafka", "Redis", "LoRA, QLoRA", "scikit-learn");
        List<String> titles = c.resources().stream().map(Resource::title).toList();
        for (String n : named) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(n)), "no resource titled like \"" + n + "\"");
        }
        assertEquals("Chip Huyen (O'Reilly)", c.resource("designing-ml-systems").orElseThrow().provider());
    }

    @Test
    void everyResourceHasAnHonestRecord() {
        for (Resource r : c.resources()) {
            assertTrue(r.url().startsWith("https://"), r.id() + " url " + r.url());
            assertTrue(r.hoursMin() >= 1 && r.hoursMax() <= 200 && r.hoursMin() <= r.hoursMax(), r.id() + " hours "
                    + r.hoursMin() + "–" + r.hoursMax());
            assertFalse(r.teaches().isEmpty(), r.id());
            assertFalse(r.summary().isBlank(), r.id() + " has no summary");
        }
    }

    @Test
    void theFirstCourseIsAChoiceBetweenAndrewNgAndFastAi() {
        Requirement first = Requirement.anyOf(List.of("andrew-ng-ml-specialization", "fastai-practical-deep-learning"));
        assertTrue(c.resource("mlops-zoomcamp").orElseThrow().requires().contains(first));
        assertTrue(c.resource("deep-learning-specialization").orElseThrow().requires().contains(first));
    }

    @Test
    void prerequisitesAMentorWouldSet() {
        assertTrue(c.resource("mlops-zoomcamp").orElseThrow().prerequisiteIds().containsAll(
                List.of("docker-get-started", "missing-semester")));
        assertTrue(c.resource("made-with-ml").orElseThrow().prerequisiteIds().containsAll(
                List.of("pytorch-60-minute-blitz", "missing-semester")));
        assertTrue(c.resource("stanford-cs229").orElseThrow().prerequisiteIds().containsAll(
                List.of("khan-academy-statistics-probability", "3b1b-essence-of-calculus")));
        assertEquals(List.of("problem-solving-with-algorithms"), c.resource("neetcode-150").orElseThrow()
                .prerequisiteIds());
        assertTrue(c.resource("mathematics-for-machine-learning").orElseThrow().prerequisiteIds().containsAll(
                List.of("3b1b-essence-of-linear-algebra", "khan-academy-linear-algebra")));
        assertEquals("https://huggingface.co/papers", c.resource("papers-with-code").orElseThrow().url());
    }

    @Test
    void theFourPortfolioProjectsWithTheirStandOutChecklist() {
        assertEquals(List.of("End-to-end ML application with model serving", "ML pipeline with automated retraining",
                "Fine-tune and deploy a foundation model", "Real-time ML feature pipeline"),
                c.projects().stream().map(p -> p.title()).toList());
        assertEquals(List.of("readme", "production-code", "experiment-tracking", "deployment"),
                c.standOut().stream().map(i -> i.id()).toList());
        Set<String> lifecycle = new HashSet<>();
        c.projects().forEach(p -> lifecycle.addAll(p.lifecycle()));
        assertTrue(lifecycle.containsAll(List.of("training", "serving", "monitoring", "retraining")), lifecycle::toString);
        assertTrue(c.project("realtime-feature-pipeline").orElseThrow().tools().containsAll(List.of("Kafka", "Redis")));
        assertTrue(c.project("automated-retraining").orElseThrow().tools().containsAll(
                List.of("MLflow", "Airflow", "Prefect")));
    }

    @Test
    void theInterviewPipelineHasTheGuidesStagesAndRounds() {
        List<InterviewStage> stages = c.career().interview();
        assertEquals(List.of("Recruiter screen", "Technical phone screen", "Onsite or virtual loop"),
                stages.stream().map(InterviewStage::name).toList());
        assertEquals(List.of("30 min", "45–60 min", "4–6 hours"), stages.stream().map(InterviewStage::length).toList());
        assertEquals(List.of("ML system design", "Coding", "ML theory / depth", "Behavioral"),
                stages.get(2).rounds().stream().map(InterviewStage::name).toList());
        assertEquals(List.of("designing-ml-systems", "ml-system-design-interview"), stages.get(2).rounds().get(0).prep());
        assertTrue(stages.get(2).rounds().get(1).prep().contains("neetcode-150"));
    }

    @Test
    void theCareerTrackCoversResumeAndJobSearch() {
        String resume = c.career().resume().checklist().stream().map(i -> i.text()).collect(Collectors.joining(" "));
        assertTrue(resume.contains("Quantify impact"));
        assertTrue(resume.contains("Pin your 4–6 best ML projects"));
        List<String> boards = c.career().jobSearch().links().stream().map(l -> l.name()).toList();
        for (String b : List.of("LinkedIn Jobs", "Wellfound", "ai-jobs.net", "Indeed", "Glassdoor")) {
            assertTrue(boards.stream().anyMatch(n -> n.contains(b)), b);
        }
        assertEquals(3, c.career().salary().size());
    }

    @Test
    void theTargetRolesAreTheMlEngineerAndItsNeighbours() {
        assertEquals(List.of("ml-engineer", "data-scientist", "ai-engineer", "data-engineer", "research-scientist"),
                c.roles().stream().map(Role::id).toList());
        assertEquals("ml-engineer", c.defaultRole().id());
        Role mle = c.defaultRole();
        for (Skill s : c.skills()) {
            if (s.priority() == Priority.ESSENTIAL && s.kind() == SkillKind.TECHNICAL) {
                assertTrue(mle.targetFor(s.id()) >= 2, s.id());
            }
        }
    }

    @Test
    void everyRoleTargetCanBeReachedWithTheCatalog() {
        // Every topic of every level a role targets is covered by some resource or project.
        assertEquals(List.of(), loaded.warnings());
        for (Role role : c.roles()) {
            assertEquals(c.skills().size(), role.targets().size(), role.id() + " should name a target for every skill");
        }
    }

    @Test
    void noShortDocsPageTeachesALevelAboveOne() {
        for (Resource r : c.resources()) {
            if (r.kind() == ResourceKind.DOCS || r.hoursMax() <= 12) {
                for (Teaching t : r.teaches()) {
                    assertTrue(t.level() <= 1, r.id() + " (" + r.kind().key() + ", " + r.hoursMax() + " h) teaches "
                            + t.skill() + " " + t.level());
                }
            }
        }
    }

    @Test
    void everyTeachingNamesItsTopicsAndPathwisePicksAreLabelled() {
        for (Resource r : c.resources()) {
            for (Teaching t : r.teaches()) {
                assertFalse(t.topics().isEmpty(), r.id() + " teaches " + t.skill() + " without topics");
            }
            assertEquals(r.tags().contains("pathwise-pick"), r.endorsement() == Endorsement.PATHWISE_PICK, r.id());
            assertFalse(r.stage().isEmpty(), r.id() + " has no stage");
        }
        for (Project p : c.projects()) {
            assertFalse(p.stage().isEmpty(), p.id() + " has no stage");
            assertTrue(p.hoursMin() >= 30, p.id() + " hours " + p.hoursMin());
        }
    }

    @Test
    void everyResourceCanBeReachedFromNothing() {
        List<String> order = loaded.graph().readinessOrder();
        assertEquals(c.resources().size(), order.size());
        Set<String> done = new HashSet<>();
        for (String id : order) {
            assertTrue(loaded.graph().isReady(id, done), id + " is not ready after its prerequisites");
            done.add(id);
        }
    }
}
