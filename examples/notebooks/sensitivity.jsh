// Parameter sensitivity: how knowledge sharing responds to the spillover coefficient alpha in the
// tripartite knowledge model. Run: ./egt4j jshell examples/notebooks/sensitivity.jsh

Path spec = Files.exists(Path.of("games/knowledge.yaml")) ? Path.of("games/knowledge.yaml") : Path.of("examples/games/knowledge.yaml");
Game game = SpecLoader.load(spec);
double[] start = {0.4, 0.4, 0.4};        // 40% of each side shares at first
List<Replicator> fields = new ArrayList<>();
List<String> labels = new ArrayList<>();
for (double a : new double[] {0, 0.25, 0.5, 0.75, 1}) {
  fields.add(Replicator.of(game.bind(Map.of("alpha", a))));
  labels.add("alpha = " + a);
}
TrajectorySet runs = TrajectorySet.fromFields(fields, labels, start, 30, 31, SolverSettings.DEFAULT, 2);
for (int i = 0; i < labels.size(); i++) {
  double[] end = runs.states()[i][30];
  System.out.printf("%-12s enterprise %.3f  university %.3f  institute %.3f%n", labels.get(i), end[0], end[1], end[2]);
}
// more spillover pulls the same start into the sharing regime
double[] low = runs.states()[0][30];
double[] high = runs.states()[4][30];
if (!(high[0] > low[0])) throw new AssertionError("sharing should rise with alpha");
