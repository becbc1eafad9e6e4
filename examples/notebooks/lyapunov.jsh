// Chaos in game dynamics: Lyapunov exponents of the four-species competition of Vano, Wildenberg,
// Anderson, Noel and Sprott (Nonlinearity 19, 2006), written as a replicator game (Hofbauer's
// equivalence: n species = n + 1 strategies). Run: ./egt4j jshell examples/notebooks/lyapunov.jsh

double[] r = {1, 0.72, 1.53, 1.27};
double[][] alpha = {{1, 1.09, 1.52, 0}, {0, 1, 0.44, 1.36}, {2.33, 0, 1, 0.47}, {1.21, 0.51, 0.35, 1}};
String[][] m = new String[5][5];
for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) m[i][j] = i == 4 ? "0" : j == 4 ? Double.toString(r[i]) : Double.toString(-r[i] * alpha[i][j]);
Game chaotic = Game.builder("Vano-Sprott competition as a game").population("p", "s1", "s2", "s3", "s4", "s5").matrix(m).build();

LyapunovSpectrum.Result spectrum = LyapunovSpectrum.compute(Replicator.of(chaotic.bind()), new double[] {0.2, 0.2, 0.2, 0.2}, 5000, 200, 1, SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
System.out.println("exponents " + Arrays.toString(spectrum.exponents()));
System.out.println("Kaplan-Yorke dimension " + spectrum.kaplanYorkeDimension());
System.out.println("sum " + Arrays.stream(spectrum.exponents()).sum() + " = mean divergence " + spectrum.averageDivergence());
if (!(spectrum.exponents()[0] > 0)) throw new AssertionError("a positive exponent was expected");
