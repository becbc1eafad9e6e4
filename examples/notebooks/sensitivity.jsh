// Parameter sensitivity: how the windmill's market responds to the government subsidy S.
// Run: ./egt4j jshell examples/notebooks/sensitivity.jsh

Path spec = Files.exists(Path.of("games/windmill.yaml")) ? Path.of("games/windmill.yaml") : Path.of("examples/games/windmill.yaml");
Game game = SpecLoader.load(spec);
double[] start = {0.3, 0.5, 0.5, 0.5};
List<Replicator> fields = new ArrayList<>();
List<String> labels = new ArrayList<>();
for (double s : new double[] {0, 1, 2, 3, 4}) {
  fields.add(Replicator.of(game.bind(Map.of("S", s))));
  labels.add("S = " + s);
}
TrajectorySet runs = TrajectorySet.fromFields(fields, labels, start, 40, 41, SolverSettings.DEFAULT, 2);
for (int i = 0; i < labels.size(); i++) {
  double[] end = runs.states()[i][40];
  System.out.printf("%-8s market %.3f  government %.3f  platform %.3f  capital %.3f%n", labels.get(i), end[0], end[1], end[2], end[3]);
}
