// Chaos in a four-strategy game: the three-species competition of Arneodo, Coullet and Tresser
// (1980) written as a replicator game with four strategies (Hofbauer's equivalence), and its
// Lyapunov spectrum. Run: ./egt4j jshell examples/notebooks/lyapunov.jsh

Path spec = Files.exists(Path.of("games/chaotic-competition.yaml")) ? Path.of("games/chaotic-competition.yaml") : Path.of("examples/games/chaotic-competition.yaml");
Game chaotic = SpecLoader.load(spec);
for (ReplicatorEquation e : ReplicatorDynamics.replicatorEquations(chaotic)) System.out.println(e.format(Printer.TEXT));

LyapunovSpectrum.Result spectrum = LyapunovSpectrum.compute(Replicator.of(chaotic.bind()), new double[] {0.25, 0.25, 0.25}, 20000, 500, 1, SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
System.out.println("exponents " + Arrays.toString(spectrum.exponents()));
System.out.println("Kaplan-Yorke dimension " + spectrum.kaplanYorkeDimension());
System.out.println("sum " + Arrays.stream(spectrum.exponents()).sum() + " = mean divergence " + spectrum.averageDivergence());

// a positive exponent (chaos) well above the error of the zero exponent
if (!(spectrum.exponents()[0] > 0.004 && Math.abs(spectrum.exponents()[1]) < 0.003)) throw new AssertionError("chaos expected");

// at mu = 1.3 the attractor is periodic: the largest exponent is about zero
LyapunovSpectrum.Result lower = LyapunovSpectrum.compute(Replicator.of(chaotic.bind(Map.of("mu", 1.3))), new double[] {0.25, 0.25, 0.25}, 20000, 500, 1, SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
System.out.println("mu = 1.3: exponents " + Arrays.toString(lower.exponents()));
