package org.egt4j.ode;

import org.egt4j.dynamics.VectorField;

/**
 * The explicit Runge–Kutta method of Dormand and Prince of order 8 with embedded estimates of orders 5
 * and 3 (P. J. Prince, J. R. Dormand, "High order embedded Runge-Kutta formulae", J. Comp. Appl. Math.
 * 7, 1981), arranged as in Hairer's DOP853 (Hairer, Nørsett, Wanner, Solving ODE I, 2nd ed., §II.5 and
 * §II.10; coefficients from its published code): 12 stages, the last evaluated at the new point
 * (first same as last, so 12 evaluations per accepted step, 11 per rejected one). The error is the
 * fifth-order estimate e<sub>5</sub> weighted by the third-order e<sub>3</sub>:
 * err = |h|·‖e<sub>5</sub>‖²/√(n·(‖e<sub>5</sub>‖² + 0.01‖e<sub>3</sub>‖²)) in the scaled norm, which
 * behaves like an eighth-order estimate. Controller: β = 0, exponent 1/8, h<sub>new</sub>/h in [1/3, 6],
 * safety 0.9. Dense output: the seventh-order continuous extension, which costs three more evaluations
 * per step and is built only for steps whose interior is asked for.
 *
 * <p>It takes far fewer steps than {@link DormandPrince54} (about a quarter on the windmill model at
 * rtol 1e-8) and is at least as fast from rtol 1e-5 down, where {@link AdaptiveRungeKutta#create}
 * chooses it ({@link AdaptiveRungeKutta#EIGHTH_ORDER_BELOW}). The integration
 * loop, events, stop conditions and projection are those of {@link AdaptiveRungeKutta}; a step
 * allocates nothing. Not thread-safe: one engine per thread.
 */
public final class DormandPrince853 extends AdaptiveRungeKutta {

    /** The name reports print for this pair. */
    public static final String NAME = "Dormand–Prince 8(5,3)";

    // nodes
    static final double C2 = 0.526001519587677318785587544488e-01;
    static final double C3 = 0.789002279381515978178381316732e-01;
    static final double C4 = 0.118350341907227396726757197510e+00;
    static final double C5 = 0.281649658092772603273242802490e+00;
    static final double C6 = 0.333333333333333333333333333333e+00;
    static final double C7 = 0.25e+00;
    static final double C8 = 0.307692307692307692307692307692e+00;
    static final double C9 = 0.651282051282051282051282051282e+00;
    static final double C10 = 0.6e+00;
    static final double C11 = 0.857142857142857142857142857142e+00;
    static final double C14 = 0.1e+00;
    static final double C15 = 0.2e+00;
    static final double C16 = 0.777777777777777777777777777778e+00;

    // eighth-order weights (stages 2 to 5 have weight 0)
    static final double B1 = 5.42937341165687622380535766363e-2;
    static final double B6 = 4.45031289275240888144113950566e0;
    static final double B7 = 1.89151789931450038304281599044e0;
    static final double B8 = -5.8012039600105847814672114227e0;
    static final double B9 = 3.1116436695781989440891606237e-1;
    static final double B10 = -1.52160949662516078556178806805e-1;
    static final double B11 = 2.01365400804030348374776537501e-1;
    static final double B12 = 4.47106157277725905176885569043e-2;

    // third-order estimate: the weights minus these
    static final double BHH1 = 0.244094488188976377952755905512e+00;
    static final double BHH2 = 0.733846688281611857341361741547e+00;
    static final double BHH3 = 0.220588235294117647058823529412e-01;

    // fifth-order error estimate
    static final double ER1 = 0.1312004499419488073250102996e-01;
    static final double ER6 = -0.1225156446376204440720569753e+01;
    static final double ER7 = -0.4957589496572501915214079952e+00;
    static final double ER8 = 0.1664377182454986536961530415e+01;
    static final double ER9 = -0.3503288487499736816886487290e+00;
    static final double ER10 = 0.3341791187130174790297318841e+00;
    static final double ER11 = 0.8192320648511571246570742613e-01;
    static final double ER12 = -0.2235530786388629525884427845e-01;

    // stage coefficients a(i, j)
    static final double A21 = 5.26001519587677318785587544488e-2;
    static final double A31 = 1.97250569845378994544595329183e-2;
    static final double A32 = 5.91751709536136983633785987549e-2;
    static final double A41 = 2.95875854768068491816892993775e-2;
    static final double A43 = 8.87627564304205475450678981324e-2;
    static final double A51 = 2.41365134159266685502369798665e-1;
    static final double A53 = -8.84549479328286085344864962717e-1;
    static final double A54 = 9.24834003261792003115737966543e-1;
    static final double A61 = 3.7037037037037037037037037037e-2;
    static final double A64 = 1.70828608729473871279604482173e-1;
    static final double A65 = 1.25467687566822425016691814123e-1;
    static final double A71 = 3.7109375e-2;
    static final double A74 = 1.70252211019544039314978060272e-1;
    static final double A75 = 6.02165389804559606850219397283e-2;
    static final double A76 = -1.7578125e-2;
    static final double A81 = 3.70920001185047927108779319836e-2;
    static final double A84 = 1.70383925712239993810214054705e-1;
    static final double A85 = 1.07262030446373284651809199168e-1;
    static final double A86 = -1.53194377486244017527936158236e-2;
    static final double A87 = 8.27378916381402288758473766002e-3;
    static final double A91 = 6.24110958716075717114429577812e-1;
    static final double A94 = -3.36089262944694129406857109825e0;
    static final double A95 = -8.68219346841726006818189891453e-1;
    static final double A96 = 2.75920996994467083049415600797e1;
    static final double A97 = 2.01540675504778934086186788979e1;
    static final double A98 = -4.34898841810699588477366255144e1;
    static final double A101 = 4.77662536438264365890433908527e-1;
    static final double A104 = -2.48811461997166764192642586468e0;
    static final double A105 = -5.90290826836842996371446475743e-1;
    static final double A106 = 2.12300514481811942347288949897e1;
    static final double A107 = 1.52792336328824235832596922938e1;
    static final double A108 = -3.32882109689848629194453265587e1;
    static final double A109 = -2.03312017085086261358222928593e-2;
    static final double A111 = -9.3714243008598732571704021658e-1;
    static final double A114 = 5.18637242884406370830023853209e0;
    static final double A115 = 1.09143734899672957818500254654e0;
    static final double A116 = -8.14978701074692612513997267357e0;
    static final double A117 = -1.85200656599969598641566180701e1;
    static final double A118 = 2.27394870993505042818970056734e1;
    static final double A119 = 2.49360555267965238987089396762e0;
    static final double A1110 = -3.0467644718982195003823669022e0;
    static final double A121 = 2.27331014751653820792359768449e0;
    static final double A124 = -1.05344954667372501984066689879e1;
    static final double A125 = -2.00087205822486249909675718444e0;
    static final double A126 = -1.79589318631187989172765950534e1;
    static final double A127 = 2.79488845294199600508499808837e1;
    static final double A128 = -2.85899827713502369474065508674e0;
    static final double A129 = -8.87285693353062954433549289258e0;
    static final double A1210 = 1.23605671757943030647266201528e1;
    static final double A1211 = 6.43392746015763530355970484046e-1;

    // the three extra stages of the dense output (stage 13 is F at the new point)
    static final double A141 = 5.61675022830479523392909219681e-2;
    static final double A147 = 2.53500210216624811088794765333e-1;
    static final double A148 = -2.46239037470802489917441475441e-1;
    static final double A149 = -1.24191423263816360469010140626e-1;
    static final double A1410 = 1.5329179827876569731206322685e-1;
    static final double A1411 = 8.20105229563468988491666602057e-3;
    static final double A1412 = 7.56789766054569976138603589584e-3;
    static final double A1413 = -8.298e-3;
    static final double A151 = 3.18346481635021405060768473261e-2;
    static final double A156 = 2.83009096723667755288322961402e-2;
    static final double A157 = 5.35419883074385676223797384372e-2;
    static final double A158 = -5.49237485713909884646569340306e-2;
    static final double A1511 = -1.08347328697249322858509316994e-4;
    static final double A1512 = 3.82571090835658412954920192323e-4;
    static final double A1513 = -3.40465008687404560802977114492e-4;
    static final double A1514 = 1.41312443674632500278074618366e-1;
    static final double A161 = -4.28896301583791923408573538692e-1;
    static final double A166 = -4.69762141536116384314449447206e0;
    static final double A167 = 7.68342119606259904184240953878e0;
    static final double A168 = 4.06898981839711007970213554331e0;
    static final double A169 = 3.56727187455281109270669543021e-1;
    static final double A1613 = -1.39902416515901462129418009734e-3;
    static final double A1614 = 2.9475147891527723389556272149e0;
    static final double A1615 = -9.15095847217987001081870187138e0;

    // dense output: coefficients of the four highest terms of the interpolant
    static final double D41 = -0.84289382761090128651353491142e+01;
    static final double D46 = 0.56671495351937776962531783590e+00;
    static final double D47 = -0.30689499459498916912797304727e+01;
    static final double D48 = 0.23846676565120698287728149680e+01;
    static final double D49 = 0.21170345824450282767155149946e+01;
    static final double D410 = -0.87139158377797299206789907490e+00;
    static final double D411 = 0.22404374302607882758541771650e+01;
    static final double D412 = 0.63157877876946881815570249290e+00;
    static final double D413 = -0.88990336451333310820698117400e-01;
    static final double D414 = 0.18148505520854727256656404962e+02;
    static final double D415 = -0.91946323924783554000451984436e+01;
    static final double D416 = -0.44360363875948939664310572000e+01;
    static final double D51 = 0.10427508642579134603413151009e+02;
    static final double D56 = 0.24228349177525818288430175319e+03;
    static final double D57 = 0.16520045171727028198505394887e+03;
    static final double D58 = -0.37454675472269020279518312152e+03;
    static final double D59 = -0.22113666853125306036270938578e+02;
    static final double D510 = 0.77334326684722638389603898808e+01;
    static final double D511 = -0.30674084731089398182061213626e+02;
    static final double D512 = -0.93321305264302278729567221706e+01;
    static final double D513 = 0.15697238121770843886131091075e+02;
    static final double D514 = -0.31139403219565177677282850411e+02;
    static final double D515 = -0.93529243588444783865713862664e+01;
    static final double D516 = 0.35816841486394083752465898540e+02;
    static final double D61 = 0.19985053242002433820987653617e+02;
    static final double D66 = -0.38703730874935176555105901742e+03;
    static final double D67 = -0.18917813819516756882830838328e+03;
    static final double D68 = 0.52780815920542364900561016686e+03;
    static final double D69 = -0.11573902539959630126141871134e+02;
    static final double D610 = 0.68812326946963000169666922661e+01;
    static final double D611 = -0.10006050966910838403183860980e+01;
    static final double D612 = 0.77771377980534432092869265740e+00;
    static final double D613 = -0.27782057523535084065932004339e+01;
    static final double D614 = -0.60196695231264120758267380846e+02;
    static final double D615 = 0.84320405506677161018159903784e+02;
    static final double D616 = 0.11992291136182789328035130030e+02;
    static final double D71 = -0.25693933462703749003312586129e+02;
    static final double D76 = -0.15418974869023643374053993627e+03;
    static final double D77 = -0.23152937917604549567536039109e+03;
    static final double D78 = 0.35763911791061412378285349910e+03;
    static final double D79 = 0.93405324183624310003907691704e+02;
    static final double D710 = -0.37458323136451633156875139351e+02;
    static final double D711 = 0.10409964950896230045147246184e+03;
    static final double D712 = 0.29840293426660503123344363579e+02;
    static final double D713 = -0.43533456590011143754432175058e+02;
    static final double D714 = 0.96324553959188282948394950600e+02;
    static final double D715 = -0.39177261675615439165231486172e+02;
    static final double D716 = -0.14972683625798562581422125276e+03;

    private double[] k2;
    private double[] k3;
    private double[] k4;
    private double[] k5;
    private double[] k6;
    private double[] k7;
    private double[] k8;
    private double[] k9;
    private double[] k10;
    private double[] k11;
    private double[] k12;
    private double[] k14;
    private double[] k15;
    private double[] k16;
    private double[] r1;
    private double[] r2;
    private double[] r3;
    private double[] r4;
    private double[] r5;
    private double[] r6;
    private double[] r7;
    private double[] r8;

    /**
     * An engine with these settings.
     *
     * @param settings tolerances, step limits and projection
     */
    public DormandPrince853(SolverSettings settings) {
        // DOP853's controller: beta 0, exponent 1/8, h_new/h in [1/3, 6] (fac in [1/6, 1/0.333])
        super(settings, 8, 1.0 / 8, 0, 1 / 6.0, 1 / 0.333, false);
    }

    /** {@return {@value #NAME}} */
    @Override
    public String name() {
        return NAME;
    }

    /** An engine with {@link SolverSettings#DEFAULT} settings. */
    public DormandPrince853() {
        this(SolverSettings.DEFAULT);
    }

    /** Stages 2 to 12 of a step of size h from (t, y); yNew at the end; F(yNew) left to the loop. */
    @Override
    double attempt(VectorField f, double t, double h) {
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * A21 * k1[i];
        }
        evaluate(f, yTmp, k2, t + C2 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
        }
        evaluate(f, yTmp, k3, t + C3 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A41 * k1[i] + A43 * k3[i]);
        }
        evaluate(f, yTmp, k4, t + C4 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A51 * k1[i] + A53 * k3[i] + A54 * k4[i]);
        }
        evaluate(f, yTmp, k5, t + C5 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A61 * k1[i] + A64 * k4[i] + A65 * k5[i]);
        }
        evaluate(f, yTmp, k6, t + C6 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A71 * k1[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
        }
        evaluate(f, yTmp, k7, t + C7 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A81 * k1[i] + A84 * k4[i] + A85 * k5[i] + A86 * k6[i] + A87 * k7[i]);
        }
        evaluate(f, yTmp, k8, t + C8 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A91 * k1[i] + A94 * k4[i] + A95 * k5[i] + A96 * k6[i] + A97 * k7[i] + A98 * k8[i]);
        }
        evaluate(f, yTmp, k9, t + C9 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i]
                    + h
                            * (A101 * k1[i]
                                    + A104 * k4[i]
                                    + A105 * k5[i]
                                    + A106 * k6[i]
                                    + A107 * k7[i]
                                    + A108 * k8[i]
                                    + A109 * k9[i]);
        }
        evaluate(f, yTmp, k10, t + C10 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i]
                    + h
                            * (A111 * k1[i]
                                    + A114 * k4[i]
                                    + A115 * k5[i]
                                    + A116 * k6[i]
                                    + A117 * k7[i]
                                    + A118 * k8[i]
                                    + A119 * k9[i]
                                    + A1110 * k10[i]);
        }
        evaluate(f, yTmp, k11, t + C11 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i]
                    + h
                            * (A121 * k1[i]
                                    + A124 * k4[i]
                                    + A125 * k5[i]
                                    + A126 * k6[i]
                                    + A127 * k7[i]
                                    + A128 * k8[i]
                                    + A129 * k9[i]
                                    + A1210 * k10[i]
                                    + A1211 * k11[i]);
        }
        evaluate(f, yTmp, k12, t + h);
        Tolerances tol = settings().tolerances();
        double err5 = 0;
        double err3 = 0;
        for (int i = 0; i < n; i++) {
            double slope = B1 * k1[i]
                    + B6 * k6[i]
                    + B7 * k7[i]
                    + B8 * k8[i]
                    + B9 * k9[i]
                    + B10 * k10[i]
                    + B11 * k11[i]
                    + B12 * k12[i];
            yNew[i] = y[i] + h * slope;
            double e3 = slope - BHH1 * k1[i] - BHH2 * k9[i] - BHH3 * k12[i];
            double e5 = ER1 * k1[i]
                    + ER6 * k6[i]
                    + ER7 * k7[i]
                    + ER8 * k8[i]
                    + ER9 * k9[i]
                    + ER10 * k10[i]
                    + ER11 * k11[i]
                    + ER12 * k12[i];
            double sk = tol.scale(i, y[i], yNew[i]);
            err3 += (e3 / sk) * (e3 / sk);
            err5 += (e5 / sk) * (e5 / sk);
        }
        double deno = err5 + 0.01 * err3;
        if (deno <= 0) {
            deno = 1;
        }
        return Math.abs(h) * err5 * Math.sqrt(1 / (n * deno));
    }

    /** The seventh-order extension: three more stages (14 to 16) and the interpolant's coefficients. */
    @Override
    void buildDense(VectorField f, double t, double h) {
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i]
                    + h
                            * (A141 * k1[i]
                                    + A147 * k7[i]
                                    + A148 * k8[i]
                                    + A149 * k9[i]
                                    + A1410 * k10[i]
                                    + A1411 * k11[i]
                                    + A1412 * k12[i]
                                    + A1413 * kNew[i]);
        }
        evaluate(f, yTmp, k14, t + C14 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i]
                    + h
                            * (A151 * k1[i]
                                    + A156 * k6[i]
                                    + A157 * k7[i]
                                    + A158 * k8[i]
                                    + A1511 * k11[i]
                                    + A1512 * k12[i]
                                    + A1513 * kNew[i]
                                    + A1514 * k14[i]);
        }
        evaluate(f, yTmp, k15, t + C15 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i]
                    + h
                            * (A161 * k1[i]
                                    + A166 * k6[i]
                                    + A167 * k7[i]
                                    + A168 * k8[i]
                                    + A169 * k9[i]
                                    + A1613 * kNew[i]
                                    + A1614 * k14[i]
                                    + A1615 * k15[i]);
        }
        evaluate(f, yTmp, k16, t + C16 * h);
        for (int i = 0; i < n; i++) {
            double dy = yNew[i] - y[i];
            double b = h * k1[i] - dy;
            r1[i] = y[i];
            r2[i] = dy;
            r3[i] = b;
            r4[i] = dy - h * kNew[i] - b;
            r5[i] = h
                    * (D41 * k1[i]
                            + D46 * k6[i]
                            + D47 * k7[i]
                            + D48 * k8[i]
                            + D49 * k9[i]
                            + D410 * k10[i]
                            + D411 * k11[i]
                            + D412 * k12[i]
                            + D413 * kNew[i]
                            + D414 * k14[i]
                            + D415 * k15[i]
                            + D416 * k16[i]);
            r6[i] = h
                    * (D51 * k1[i]
                            + D56 * k6[i]
                            + D57 * k7[i]
                            + D58 * k8[i]
                            + D59 * k9[i]
                            + D510 * k10[i]
                            + D511 * k11[i]
                            + D512 * k12[i]
                            + D513 * kNew[i]
                            + D514 * k14[i]
                            + D515 * k15[i]
                            + D516 * k16[i]);
            r7[i] = h
                    * (D61 * k1[i]
                            + D66 * k6[i]
                            + D67 * k7[i]
                            + D68 * k8[i]
                            + D69 * k9[i]
                            + D610 * k10[i]
                            + D611 * k11[i]
                            + D612 * k12[i]
                            + D613 * kNew[i]
                            + D614 * k14[i]
                            + D615 * k15[i]
                            + D616 * k16[i]);
            r8[i] = h
                    * (D71 * k1[i]
                            + D76 * k6[i]
                            + D77 * k7[i]
                            + D78 * k8[i]
                            + D79 * k9[i]
                            + D710 * k10[i]
                            + D711 * k11[i]
                            + D712 * k12[i]
                            + D713 * kNew[i]
                            + D714 * k14[i]
                            + D715 * k15[i]
                            + D716 * k16[i]);
        }
    }

    @Override
    void interpolate(double theta, double[] out) {
        double s = theta;
        double s1 = 1 - s;
        for (int i = 0; i < n; i++) {
            double high = r5[i] + s * (r6[i] + s1 * (r7[i] + s * r8[i]));
            out[i] = r1[i] + s * (r2[i] + s1 * (r3[i] + s * (r4[i] + s1 * high)));
        }
    }

    @Override
    void allocateStages() {
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        k5 = new double[n];
        k6 = new double[n];
        k7 = new double[n];
        k8 = new double[n];
        k9 = new double[n];
        k10 = new double[n];
        k11 = new double[n];
        k12 = new double[n];
        k14 = new double[n];
        k15 = new double[n];
        k16 = new double[n];
        r1 = new double[n];
        r2 = new double[n];
        r3 = new double[n];
        r4 = new double[n];
        r5 = new double[n];
        r6 = new double[n];
        r7 = new double[n];
        r8 = new double[n];
    }
}
