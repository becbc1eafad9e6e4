// The windmill workflow through the Java API: load, equations, vertex table, thresholds,
// trajectories and figures. Run: ./egt4j jshell examples/notebooks/windmill.jsh
// (paths are relative to the folder the command runs in; tests run it from examples/)

Path spec = Files.exists(Path.of("games/windmill.yaml")) ? Path.of("games/windmill.yaml") : Path.of("examples/games/windmill.yaml");
Game game = SpecLoader.load(spec);

// 1. The replicator equations, exact
for (ReplicatorEquation e : ReplicatorDynamics.replicatorEquations(game)) System.out.println(e.format(Printer.TEXT));

// 2. Stability of the pure profiles: exact eigenvalues, their values, and which profile is an ESS
BoundGame bound = game.bind();
StabilityAnalysis analysis = StabilityAnalysis.of(bound);
for (VertexTable.Vertex v : analysis.vertices().vertices())
  System.out.printf("%-34s %-14s ESS %s%n", v.label(), v.stability().label(), v.ess());

// 3. Conditions and thresholds of the ESS
VertexTable.Vertex ess = analysis.vertices().vertices().stream().filter(VertexTable.Vertex::ess).findFirst().orElseThrow();
// (results are data: a ThresholdStatement has a kind and numbers; Messages turns it into a sentence)
Messages en = Messages.english();
System.out.println(en.essConditions(ess.label(), ess.essConditions(), null));
ess.thresholds().stream().filter(t -> t.statement().kind().isCondition()).forEach(t -> System.out.println("  " + en.threshold(t.statement())));

// 4. Trajectories from the initial grid, and every figure of the report
AnalysisSettings fast = new AnalysisSettings(30, 61, InitialGrid.defaultLevels(), 27, List.of("S"), 3, List.of("S", "V"), 11, 300, 300, 1, 1e-8, 1e-10);
FullAnalysis full = FullAnalysis.of(bound, fast, 2, phase -> {});
List<String> files = new ReportWriter(bound, full).write(Path.of("out", "notebooks", "windmill"), "notebook windmill.jsh", Files.readAllBytes(spec));
System.out.println("wrote " + files.size() + " files to out/notebooks/windmill");
if (!ess.label().equals("(adopt, passive, open, invest)")) throw new AssertionError("unexpected ESS " + ess.label());
