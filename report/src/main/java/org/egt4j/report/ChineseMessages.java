package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.Numbers;
import org.egt4j.stability.BoxVerdict;
import org.egt4j.stability.DirectMethod;
import org.egt4j.stability.OverBox;
import org.egt4j.stability.ThresholdStatement;

/**
 * The Chinese sentences ({@code language: zh}, {@code --lang zh}), in the terminology of the Chinese
 * literature on evolutionary games: 演化稳定策略 (ESS), 均衡点, 雅可比矩阵, 特征值, 稳定性, 鞍点, 不稳定,
 * 渐近稳定, 复制动态方程, 随机演化博弈, 参数, 阈值, 当且仅当 (iff). Formulas, numbers and the names of the
 * model stay as they are; numbers are written as in {@link EnglishMessages}.
 */
final class ChineseMessages implements Messages {

    static final ChineseMessages INSTANCE = new ChineseMessages();

    private static final String OTHERS_FIXED = "（其他参数固定）";

    private static final String ESS = "是演化稳定策略（ESS）";

    private ChineseMessages() {}

    @Override
    public String number(double value) {
        return Numbers.shortDecimal(value, 6);
    }

    @Override
    public String threshold(ThresholdStatement s) {
        String label = s.vertex();
        String name = s.parameter();
        boolean exact = !s.essSet().isEmpty();
        return switch (s.kind()) {
            case NOT_AFFINE -> label + "：某个特征值关于 " + name + " 不是一次或二次的；数值临界值 " + values(s.criticalValues())
                    + OTHERS_FIXED;
            case NOT_ESS -> label + " 对 " + name + " 的任何取值都不是 ESS" + OTHERS_FIXED;
            case NOT_ESS_IN_RANGE -> label + " 对 " + name + " ∈ " + range(s) + " 都不是 ESS" + OTHERS_FIXED;
            case ESS_ACROSS_RANGE -> label + " 对所有 " + name + " ∈ " + range(s) + " 都" + ESS + OTHERS_FIXED
                    + (exact ? nonHyperbolicEnds(name, s.essSet().get(0)) : "");
            case ESS_EVERYWHERE -> label + " 对 " + name + " 的所有取值都" + ESS + OTHERS_FIXED;
            case ESS_BELOW, ESS_ABOVE, ESS_BETWEEN, ESS_UNION -> label + " " + ESS + "当且仅当 "
                    + (exact ? pieces(name, s.essSet()) : condition(s)) + OTHERS_FIXED;
        };
    }

    /** The condition of a statement built without its ESS set. */
    private String condition(ThresholdStatement s) {
        String name = s.parameter();
        return switch (s.kind()) {
            case ESS_BELOW -> name + " < " + number(s.to());
            case ESS_ABOVE -> name + " > " + number(s.from());
            default -> number(s.from()) + " < " + name + " < " + number(s.to());
        };
    }

    /** The ESS set as inequalities joined by 或, with the ends left out as in {@link EnglishMessages}. */
    private String pieces(String name, List<ThresholdStatement.Piece> set) {
        List<String> parts = new ArrayList<>();
        for (ThresholdStatement.Piece p : set) {
            boolean lowerFree = p.from().closed() || p.from().kind() == ThresholdStatement.EndKind.INFINITE;
            boolean upperFree = p.to().closed() || p.to().kind() == ThresholdStatement.EndKind.INFINITE;
            if (lowerFree && upperFree) {
                parts.add(p.from().value() == p.to().value() ? name + " = " + end(p.from()) : name + " 在其取值范围内");
            } else if (lowerFree) {
                parts.add(name + " < " + end(p.to()));
            } else if (upperFree) {
                parts.add(name + " > " + end(p.from()));
            } else {
                parts.add(end(p.from()) + " < " + name + " < " + end(p.to()));
            }
        }
        return String.join(" 或 ", parts);
    }

    private String end(ThresholdStatement.End e) {
        return e.radical() == null ? number(e.value()) : e.radical() + " ≈ " + number(e.value());
    }

    /** "；当 CA = 0 时某个特征值为 0（非双曲）" for each open end of the range. */
    private String nonHyperbolicEnds(String name, ThresholdStatement.Piece p) {
        StringBuilder sb = new StringBuilder();
        for (ThresholdStatement.End e : List.of(p.from(), p.to())) {
            if (e.kind() == ThresholdStatement.EndKind.VANISHING) {
                sb.append("；当 ").append(name).append(" = ").append(end(e)).append(" 时某个特征值为 0（非双曲）");
            } else if (e.kind() == ThresholdStatement.EndKind.UNDEFINED) {
                sb.append("；当 ").append(name).append(" = ").append(end(e)).append(" 时某个特征值无定义");
            }
        }
        return sb.toString();
    }

    private String range(ThresholdStatement s) {
        if (s.essSet().size() == 1) {
            ThresholdStatement.Piece p = s.essSet().get(0);
            return (p.from().closed() ? "[" : "(") + number(s.from()) + ", " + number(s.to())
                    + (p.to().closed() ? "]" : ")");
        }
        return "[" + number(s.from()) + ", " + number(s.to()) + "]";
    }

    private String values(List<Double> values) {
        List<String> s = new ArrayList<>();
        values.forEach(v -> s.add(number(v)));
        return s.isEmpty() ? "（范围内未找到）" : String.join(", ", s);
    }

    @Override
    public String essConditions(String vertex, List<String> conditions, OverBox overBox) {
        String s = vertex + " " + ESS + "当且仅当 " + String.join(" 且 ", conditions);
        return overBox == null ? s : s + "；在参数取值范围上：" + overBox(overBox.verdict(), overBox.exact());
    }

    @Override
    public String constantVerdict(String vertex, boolean ess) {
        return vertex + (ess ? " 对所有参数取值都" + ESS : " 对任何参数取值都不是演化稳定策略（ESS）");
    }

    @Override
    public String overBox(BoxVerdict verdict, boolean exact) {
        if (exact) {
            return switch (verdict) {
                case EVERYWHERE -> "处处是 ESS（精确判定）";
                case NOWHERE -> "处处不是 ESS（精确判定）";
                case SOMEWHERE -> "在部分取值范围内是 ESS（精确判定，附见证点）";
                case UNDECIDED -> "无法判定";
            };
        }
        return switch (verdict) {
            case EVERYWHERE -> "处处是 ESS（已证明）";
            case NOWHERE -> "处处不是 ESS（已证明）";
            case SOMEWHERE -> "在部分取值范围内是 ESS";
            case UNDECIDED -> "无法判定";
        };
    }

    @Override
    public String relativeEntropy(DirectMethod.Outcome outcome) {
        return "相对熵："
                + switch (outcome) {
                    case CONSERVED -> "守恒";
                    case DECREASING -> "递减";
                    case INCONCLUSIVE -> "无定论";
                };
    }

    @Override
    public String limitCycles(int count, double largestModulus) {
        return "从初始网格出发的轨迹收敛到 " + count + " 个极限环（由庞加莱截面回归与打靶牛顿法求得）；Floquet 乘子为单周期变分方程"
                + "单值矩阵的特征值，其中一个恒为 1（沿轨道方向的平凡乘子，标 *），其余乘子的模不超过 " + number(largestModulus)
                + "（小于 1），故每个极限环都是轨道渐近稳定的。";
    }

    @Override
    public String globalStability(
            org.egt4j.stability.GlobalStability.GameClass game,
            org.egt4j.stability.GlobalStability.Conclusion conclusion,
            org.egt4j.stability.GlobalStability.LyapunovFunction lyapunov) {
        String g =
                switch (game) {
                    case STRICTLY_STABLE -> "严格稳定博弈";
                    case STABLE -> "稳定博弈";
                    case POTENTIAL -> "势博弈";
                };
        String c =
                switch (conclusion) {
                    case NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE -> "纳什均衡集全局渐近稳定";
                    case NASH_SET_GLOBALLY_STABLE -> "纳什均衡集全局稳定（到均衡的距离不增）";
                    case CONVERGES_TO_NASH_SET -> "每条解都收敛到纳什均衡集";
                };
        String f =
                switch (lyapunov) {
                    case SMITH -> "Ψ(x) = Σ x_i [F_j − F_i]₊²";
                    case BNN -> "Γ(x) = ½ Σ [F_i − x·F]₊²";
                    case EUCLIDEAN_DISTANCE -> "‖x − x*‖²";
                    case BEST_RESPONSE -> "G(x) = Σ (max_i F_i − x·F)，Ġ ≤ −G（最优反应）";
                    case POTENTIAL -> "势函数 f（∇f = F，沿解递增）";
                };
        return "全局稳定性（Hofbauer 与 Sandholm 2009）：该博弈是" + g + "，故" + c + "；李雅普诺夫函数 " + f + "。";
    }

    @Override
    public String continuumStability(org.egt4j.stability.ContinuumStability c) {
        List<String> values = new ArrayList<>();
        if (!c.transverse().isEmpty()) {
            for (org.egt4j.stability.Eigenvalue e :
                    c.transverse().get(c.transverse().size() / 2)) {
                values.add(EnglishMessages.eigenvalueText(this, e));
            }
        }
        String eig = values.isEmpty() ? "" : "横向特征值 " + String.join(", ", values);
        return switch (c.verdict()) {
            case ATTRACTING -> "吸引（法向双曲" + (eig.isEmpty() ? "" : "：" + eig) + "；每点稳定但非渐近稳定）";
            case REPELLING -> "排斥（法向双曲：" + eig + "）";
            case SADDLE -> "鞍型（法向双曲：" + eig + "）";
            case UNDECIDED -> "稳定性无法判定："
                    + switch (c.reason()) {
                        case NOT_NORMALLY_HYPERBOLIC -> "某个横向特征值为 0（非法向双曲" + (eig.isEmpty() ? "）" : "；" + eig + "）");
                        case VARIES_ALONG_THE_SET -> "横向特征值沿该集合变号";
                        case DIMENSION_UNKNOWN -> "维数未知（由奇异雅可比矩阵发现）";
                        case NO_INTERIOR_SAMPLE -> "其所在面的内部没有样本点";
                        case TANGENT_NOT_ZERO -> "切向特征值在容差内不为零";
                        case NONE -> "无";
                    };
        };
    }

    @Override
    public String restPointSet(org.egt4j.game.Game game, org.egt4j.stability.RestPointSet set) {
        StringBuilder sb = new StringBuilder(
                set.dimension() == org.egt4j.stability.RestPointSet.SINGULAR
                        ? "非孤立均衡点集（雅可比矩阵奇异）"
                        : set.dimension() + " 维均衡点集");
        sb.append("，支撑集 {");
        int[][] support = set.support();
        for (int k = 0; k < support.length; k++) {
            sb.append(k == 0 ? "" : "；")
                    .append(game.populations().get(k).name())
                    .append("：");
            for (int j = 0; j < support[k].length; j++) {
                sb.append(j == 0 ? "" : "、")
                        .append(game.populations().get(k).strategies().get(support[k][j]));
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public String noiseModel(org.egt4j.sde.NoiseKind kind) {
        return switch (kind) {
            case MULTIPLICATIVE -> "乘性噪声：每个两策略群体 dx = x(1 - x)(F1 - F2) dt + sigma x dW（多数应用文献采用的形式）；"
                    + "[0, 1] 不是不变集，越界的步被截断并计数。";
            case LOGISTIC -> "Logistic 噪声：每个两策略群体 dx = x(1 - x)(F1 - F2) dt + sigma x(1 - x) dW；(0, 1) 是不变集。";
            case PAYOFF -> "收益总体冲击（Fudenberg 与 Harris 1992；Imhof 2005）：每个策略的收益受到 sigma_i dW_i 的扰动，"
                    + "dx_i = x_i[(F_i - x.F) - (sigma_i^2 x_i - sum_j sigma_j^2 x_j^2)] dt"
                    + " + x_i[sigma_i dW_i - sum_j sigma_j x_j dW_j]；单纯形是不变集。";
            case FINITE_SIZE -> "有限规模噪声：每个群体 N 个个体按成对比例模仿修正策略时的扩散近似（Kurtz 1978；"
                    + "Sandholm 2010，第 10 章），dx_i = x_i(F_i - x.F) dt"
                    + " + N^(-1/2) sum_{i<j} sqrt(x_i x_j |F_i - F_j|)(e_i - e_j) dW_ij。";
        };
    }

    @Override
    public String ensembleMethod(
            int paths,
            double step,
            String scheme,
            long seed,
            double time,
            List<Double> factors,
            boolean finiteSize,
            List<String> coordinates,
            double[] start) {
        List<String> f = new ArrayList<>();
        factors.forEach(v -> f.add(number(v)));
        String from = "各单纯形的重心";
        if (start != null) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < start.length; i++) {
                parts.add(coordinates.get(i) + " = " + number(start[i]));
            }
            from = String.join(", ", parts);
        }
        return "每个噪声强度 " + paths + " 条路径，从" + from + "出发到 T = " + number(time) + "，" + scheme + " 格式，步长 "
                + number(step) + "，随机种子 " + seed + "（各强度使用相同的增量）；强度：spec 中的噪声乘以 "
                + String.join(", ", f) + (finiteSize ? "（群体规模除以因子的平方）。" : "（每个 sigma 乘以该因子）。");
    }

    @Override
    public String stochasticStabilityBasis(org.egt4j.sde.NoiseKind kind) {
        String linear = "由各顶点处的线性化，每个未使用的策略对应一个几何布朗运动：几乎必然指数稳定当且仅当最大 Lyapunov 指数为负，"
                + "均方稳定当且仅当二阶矩指数为负（Khasminskii，Stochastic Stability of Differential Equations，2012；"
                + "Mao，Stochastic Differential Equations and Applications，2007）。";
        return switch (kind) {
            case MULTIPLICATIVE -> linear + "在乘性噪声下，群体采用其第一个策略的顶点不是随机微分方程的均衡点（x = 1 处噪声 sigma x 不为零）。";
            case LOGISTIC -> linear;
            case PAYOFF -> linear + "对收益冲击，几乎必然稳定的条件为 Imhof（2005）的条件。";
            case FINITE_SIZE -> "在有限规模噪声下，每个顶点都是吸收态，其线性化为 Feller 分支扩散（Feller 1951）："
                    + "几乎必然被吸收当且仅当 lambda <= 0，E xi 衰减当且仅当 lambda < 0，因此条件即确定性的 lambda < 0。";
        };
    }

    @Override
    public String sigmaThresholds(String vertex, List<String> populations, double[] almostSure, double[] meanSquare) {
        List<String> as = new ArrayList<>();
        List<String> ms = new ArrayList<>();
        for (int i = 0; i < populations.size(); i++) {
            String sigma = populations.get(i) + " 的 sigma";
            as.add(
                    Double.compare(almostSure[i], 0) == 0
                            ? sigma + " >= 0（任意 sigma）"
                            : sigma + " > " + number(almostSure[i]));
            ms.add(Double.isNaN(meanSquare[i]) ? "不存在满足条件的" + sigma : sigma + " < " + number(meanSquare[i]));
        }
        return vertex + "：几乎必然指数稳定当且仅当 " + String.join(" 且 ", as) + "；均方稳定当且仅当 " + String.join(" 且 ", ms) + "。";
    }

    @Override
    public String finiteProcess(
            org.egt4j.finite.FiniteProcess process, double intensity, java.util.Map<String, Integer> sizes, double mu) {
        List<String> n = new ArrayList<>();
        sizes.forEach((pop, size) -> n.add("N = " + size + "（" + pop + "）"));
        String rule = process == org.egt4j.finite.FiniteProcess.MORAN
                ? "Moran 生灭过程，选择强度 w = " + number(intensity)
                : "成对比较（Fermi 模仿）过程，选择强度 β = " + number(intensity);
        return rule + "，突变概率 μ = " + number(mu) + "；" + String.join("，", n) + "。";
    }

    @Override
    public String favouredInvasion(String mutant, String resident, double relativeToNeutral) {
        return "在 " + resident + " 群体中单个 " + mutant + " 突变者的固定概率是中性概率 1/N 的 " + number(relativeToNeutral) + " 倍";
    }

    @Override
    public String smallMutationMode(String state, double probability) {
        return "在小突变极限下，群体有 " + Numbers.shortDecimal(100 * probability, 4) + "% 的时间处于 " + state + "。";
    }

    @Override
    public String fullChainOverBudget(double states, int budget) {
        return "含突变的完整马尔可夫链有 " + String.format(java.util.Locale.ROOT, "%.4g", states) + " 个状态，超过上限 " + budget
                + "，未计算（已计算小突变极限）。";
    }

    @Override
    public String stability(org.egt4j.stability.Stability stability) {
        return switch (stability) {
            case STABLE -> "渐近稳定";
            case SADDLE -> "鞍点";
            case UNSTABLE -> "不稳定";
            case NON_HYPERBOLIC -> "非双曲";
        };
    }

    @Override
    public String equationsHeading(String dynamics) {
        return dynamics.equals("replicator") ? "复制动态方程" : dynamics + " 动态方程";
    }

    @Override
    public String text(Phrase key, Object... args) {
        return Phrase.fill(
                switch (key) {
                    case MODEL -> "模型";
                    case POPULATION_TABLE -> "| 群体 | 策略 | 比例符号 |";
                    case PARAMETER_TABLE -> "| 参数 | 含义 | 取值 | 范围 |";
                    case EQUATIONS_OF -> "{0} 动态方程";
                    case VERTEX_STABILITY -> "纯策略组合的稳定性（精确特征值）";
                    case VERTEX_TABLE -> "| 策略组合 | 特征值 | 特征值数值 | 稳定性 | ESS |";
                    case YES -> "是";
                    case NO -> "否";
                    case ESS_RULE -> "纯策略组合是演化稳定策略（ESS，即严格纳什均衡，渐近稳定）当且仅当其雅可比矩阵的所有特征值均为负。";
                    case REST_POINTS -> "均衡点";
                    case REST_POINT_TABLE -> "| 状态 | 特征值 | 稳定性 | 纳什均衡 | ESS | 求解方式 |";
                    case FOUND_EXACT -> "精确求解";
                    case FOUND_NEWTON -> "牛顿法";
                    case FOUND_HOMOTOPY -> "同伦延拓";
                    case LATEX_SEARCH_COMMENT -> "静止点的求法：{0}";
                    case LATEX_SEARCH_HEADER -> "方法 & 路径数 & 正则根 & 无穷远 & 完备";
                    case SEARCH_FACES -> "逐面求解";
                    case SEARCH_HOMOTOPY -> "全次数同伦延拓";
                    case SEARCH_NEWTON -> "多起点牛顿法";
                    case SEARCH_CONTINUATION -> "自中心出发的延拓";
                    case LATEX_LOGIT_COMMENT -> "eta = {0} 处的 logit 均衡对应，沿 lambda = 1/eta 延拓至 {1}（数据：{2}；图：figures/logit-correspondence*）";
                    case LATEX_LOGIT_HEADER -> "分支 & 自中心出发 & 点数 & $\\lambda$ 起 & $\\lambda$ 止 & 折叠点";
                    case FOUND_CONTINUATION -> "参数延拓";
                    case CONTINUA -> "均衡点连续统";
                    case FOR_EXAMPLE -> "；例如 {0}";
                    case CONDITIONS -> "条件与阈值";
                    case LATEX_VERTEX_COMMENT -> "纯策略组合的稳定性";
                    case LATEX_VERTEX_HEADER -> "策略组合 & 特征值 & 稳定性 & ESS";
                    case LATEX_REST_COMMENT -> "均衡点";
                    case LATEX_REST_HEADER -> "状态 & 特征值 & 稳定性 & 纳什均衡 & ESS";
                    case ANALYSES -> "数值分析";
                    case EXPLORER_TITLE -> "{0}：交互式探索页面";
                    case EXPLORER_INTRO -> "移动滑块（或输入数值）即可改变参数：演化轨迹、纯策略组合表、条件以及稳定性图上的标记都在本页面内根据 egt4j 生成的精确方程重新计算。本页面可离线使用。";
                    case EXPLORER_NOSCRIPT -> "本页面需要启用 JavaScript 才能绘制轨迹和表格。";
                    case EXPLORER_DEFAULT_RANGE -> "模型文件未给出范围：滑块范围 [{0}, {1}] 由 egt4j 选定（[0, 2·取值]）";
                    case EXPLORER_DYNAMICS -> "动态：{0}；在本页面内用 Dormand–Prince 5(4) 方法积分到时间 {3}，初始状态为分析中的 {4} 个初始状态以及在相图中点击的起点，容差与分析相同（rtol {1}，atol {2}，即报告中轨迹的容差）；window.egt4j.simulate 使用 egt4j simulate 的默认容差（rtol {5}，atol {6}）。";
                    case EXPLORER_UNAVAILABLE -> "探索页面不支持 {0} 动态（其向量场未生成为 JavaScript），因此不绘制轨迹；表格和条件仍然显示。";
                    case EXPLORER_NO_VERTEX_TABLE -> "{0} 动态没有精确的纯策略组合表（其在纯策略组合处的线性化与复制动态不同）。";
                    case EXPLORER_PARAMETERS -> "参数";
                    case EXPLORER_RESET -> "恢复模型文件中的取值";
                    case EXPLORER_COPY -> "复制";
                    case EXPLORER_SET_LINE -> "当前取值（命令行选项）";
                    case EXPLORER_TIME_SERIES -> "时间序列";
                    case EXPLORER_TIME_AXIS -> "时间";
                    case EXPLORER_PHASE_HINT -> "选择两个坐标；在相图中点击即可从该点出发绘制轨迹（其他坐标取其单纯形的中心）。";
                    case EXPLORER_HORIZONTAL -> "横轴";
                    case EXPLORER_VERTICAL -> "纵轴";
                    case EXPLORER_VERTICES -> "当前取值下的纯策略组合";
                    case EXPLORER_HOLDS_NOTE -> "高亮：在当前取值下成立。每条阈值语句都把其他参数固定在模型文件中的取值；当其他参数偏离该取值时，该语句变暗。";
                    case EXPLORER_MAP_NOTE -> "哪个纯策略组合是演化稳定策略（ESS），其他参数取模型文件中的值；圆圈标出两个参数的当前取值。";
                    case EXPLORER_NO_MAP -> "没有稳定性图：有范围的参数少于两个。";
                    case EXPLORER_CLICKED -> "点击的起点";
                    case EXPLORER_END_STATES -> "时间 {0} 处的终态";
                    case EXPLORER_REDRAWN -> "重新计算并重绘用时 {0} 毫秒";
                    case EXPLORER_FAILED -> "在这些取值下积分失败（向量场不是有限值）";
                    case EXPLORER_BEST_RESPONSE -> "动态：最优反应动态 ẋ ∈ BR(x) − x（Gilboa 和 Matsui 1991），本页面沿其精确路径计算：当每个群体的最优反应 b 保持不变时，x(t) = b + (x₀ − b)e^(−t)，直到另一策略超过某个最优反应为止。绘制到时间 {0}，初始状态为分析中的 {1} 个初始状态以及在相图中点击的起点，每条路径最多切换最优反应 {2} 次；window.egt4j.simulate 与 egt4j simulate 一样最多允许 {3} 次切换。";
                    case EXPLORER_SWITCH_CAP -> "有 {0} 条绘制的路径在时间 {2} 之前切换最优反应超过 {1} 次（在只在极限中才趋近的均衡附近，例如零和石头剪刀布的中心，切换越来越快）：它们只绘制到第 {1} 次切换，且不计入终态。";
                    case EXPLORER_SWITCH_HOLD -> "有 {0} 条绘制的路径在时间 {2} 之前切换最优反应超过 {1} 次，同时螺旋趋近一个纳什均衡（在只在极限中才趋近的均衡附近，例如零和石头剪刀布的中心，切换越来越快）：最后一次切换之后，它们保持在该均衡处绘制（相对误差 {3} 以内），与 egt4j 在 {4} 次切换后保持路径的做法一致。";
                    case EXPLORER_SLIDING -> "有 {0} 条绘制的路径到达一个不是纳什均衡的滑动状态（最优反应会立即再次切换，精确路径在此停止）：它们在该处保持不动。";
                    case EXPLORER_NO_MAP_DYNAMICS -> "没有稳定性图：稳定性图由精确的纯策略组合表绘制，而 {0} 动态没有该表。";
                    case SETTINGS -> "设置（含全部默认值）：时间 {0}，采样点 {1}，初始水平 {2}（最多 {3} 条轨迹），敏感性分析取值个数 {4}，稳定性图分辨率 {5}，吸引域样本 {6}（时间上限 {7}，随机种子 {8}），求解器 {9}，相对容差 {10}，绝对容差 {11}。";
                    case BASINS -> "吸引域";
                    case BASIN_TABLE -> "| 吸引子 | 初始点数 | 比例 | 95% 置信区间 |";
                    case NONE_REACHED -> "未到达任何吸引子";
                    case STABILITY_MAP -> "稳定性图";
                    case MAP_SENTENCE -> "在 {0} ∈ [{1}, {2}] 与 {3} ∈ [{4}, {5}] 上，其他参数固定；数据见 `stability-map.csv`。";
                    case MAP_VERTEX_REGIMES -> "在 {0} 下，该图显示复制者动态的精确顶点条件判为稳定的纯策略组合（严格均衡；单种群时为 ESS），它们在此动态下同样渐近稳定（Sandholm 2010，§8.2）；混合吸引子未画出。";
                    case MAP_REST_POINT_REGIMES -> "在 {0} 下，没有顶点条件决定吸引子：每个格点的静止点由牛顿法从一组起点求得并按特征值判断，格点显示其唯一稳定静止点处占多数的纯策略组合，两个及以上为\u201c多个\u201d，混合吸引子或没有吸引子则为空；不画复制者动态的阈值曲线。";
                    case FIGURES -> "图";
                    case NOTE -> "注意。";
                    case FONT_WARNING -> "图中的标签含有已安装字体无法显示的字符（如中文），可能显示为方框。请安装中文字体，例如 `apt-get install fonts-noto-cjk` 或 `fonts-wqy-microhei`（Debian/Ubuntu），然后重新运行。";
                    case DYNAMICS_NOTE -> "动力学：{0}。";
                    case STOCHASTIC_REPLICATOR -> "带 {0} 噪声的随机复制动态";
                    case BY_SIMULATION -> "（由模拟判定：该点处向量场不可微）";
                    case NO_GLOBAL_THEOREM -> "全局稳定性：Hofbauer 与 Sandholm（2009）的定理均不适用（该博弈既非稳定博弈也非势博弈，或其收益不是状态的线性函数）。";
                    case LATEX_DYNAMICS -> "动力学：{0}";
                    case COMPARISON -> "不同动力学的比较";
                    case COMPARE_SENTENCE -> "同一博弈在 {0} 下、从初始网格的同样 {1} 个初始点出发演化至时间 {2}；轨迹见 `compare-trajectories.csv`，均衡点见 `compare-rest-points.csv`。";
                    case COMPARE_TABLE -> "| 动力学 | 均衡点 | 稳定性 | 纳什均衡 | ESS |";
                    case COMPARE_TITLE -> "各动力学下{1}中{0}的比例";
                    case COMPARE_CAPTION -> "从同样的初始点出发，{1}中{0}的比例随时间的演化，每种动力学一种颜色（{2}）。";
                    case LIMIT_CYCLES -> "极限环";
                    case LIMIT_CYCLE_TABLE -> "| 周期 | 环上一点 | 最小值 | 最大值 | Floquet 乘子（* 为平凡乘子） | 稳定性 |";
                    case LATEX_CYCLE_HEADER -> "周期 & 环上一点 & Floquet 乘子 & 稳定性";
                    case FROM_GRID -> "初始网格出发";
                    case UNDER_VALUES -> "{1} 取 {0} 个值";
                    case SHARE_TITLE -> "{1}中{0}的比例（{2}）";
                    case SHARE_AXIS -> "{0}的比例";
                    case SHARE_CAPTION -> "{1}中{0}的比例随时间的演化（{2}）。";
                    case PHASE_PORTRAIT -> "相图";
                    case PHASE_PROJECTION -> "相图：在 ({0}, {1}) 上的投影";
                    case PHASE_CAPTION -> "相图：{0} 向量场（灰色）与从初始网格出发的轨迹（圆点：初始点）。";
                    case PROJECTION_CAPTION -> "轨迹在 {0} 与 {1} 比例上的投影。";
                    case SIMPLEX_TITLE -> "{0}的单纯形";
                    case SIMPLEX_CAPTION -> "{0}在其单纯形中的轨迹；顶点为纯策略。";
                    case MAP_TITLE -> "稳定性图：哪个策略组合是 ESS";
                    case MAP_TITLE_ATTRACTORS -> "稳定性图：稳定静止点处占多数的策略组合";
                    case MAP_NO_ATTRACTOR -> "无纯策略格局";
                    case MAP_SEVERAL_ATTRACTORS -> "多个稳定静止点";
                    case MAP_ATTRACTOR -> "稳定于 {0} 附近";
                    case MAP_CAPTION_ATTRACTORS -> "在 {0} 与 {1} 上（其他参数固定），唯一稳定静止点处占多数的纯策略组合，由每个格点的静止点求得。";
                    case MAP_NO_ESS -> "无 ESS";
                    case MAP_SEVERAL_ESS -> "多个 ESS";
                    case MAP_ESS -> "{0} 为 ESS";
                    case MAP_CAPTION -> "在 {0} 与 {1} 上哪个纯策略组合是 ESS（其他参数固定）；虚线：特征值变号的阈值。";
                    case BASINS_TITLE -> "吸引域（{0} 个随机初始点）";
                    case ATTRACTOR -> "吸引子";
                    case SHARE_OF_STARTS -> "初始点比例";
                    case BASINS_CAPTION -> "到达各渐近稳定均衡点的随机初始点比例，附 95% Wilson 置信区间。";
                    case NO_ESS -> "在这些参数取值下没有 ESS";
                    case ESS_LIST -> "演化稳定策略（ESS）：{0}";
                    case BASIN_OF -> "{0}的吸引域：{1}";
                    case WROTE -> "已将 {0} 个文件写入 {1}（report.md、report.tex、report.json、CSV、figures/、explorer.html、manifest.json）";
                    case WITH_FIXED -> "其中 {0}";
                    case COORDINATES -> "坐标：";
                    case COORDINATE_SHARE -> " = {0} 的比例";
                    case EXPECTED_PAYOFFS -> "期望收益：";
                    case FINITE -> "有限群体";
                    case FINITE_REFERENCES -> " 公式与参考文献见 docs/finite.md。";
                    case FIXATION -> "固定概率";
                    case FIXATION_TABLE_SEVERAL -> "| 群体 | 突变策略 | 原有策略 | 其他群体 |";
                    case FIXATION_TABLE_ONE -> "| 突变策略 | 原有策略 |";
                    case FIXATION_TABLE_REST -> " ρ | 精确值 | Nρ | log10 ρ | 条件固定时间 |";
                    case SELECTION_FAVOURS -> "选择有利于：{0}。";
                    case SEPARATOR -> "；";
                    case SMALL_MUTATION -> "小突变极限";
                    case SMALL_MUTATION_TABLE -> "| 状态 | 平稳概率 | log10 |";
                    case FINITE_DATA -> " 数据：{0}。";
                    case FULL_CHAIN -> "含突变的完整马尔可夫链";
                    case MEAN_SHARE_TABLE -> "| 群体 | 策略 | 平均比例 |";
                    case STATIONARY_OVER -> "{0} 个状态上的平稳分布见 `finite-stationary.csv`。";
                    case ALL_STRATEGY -> "全体 {0}";
                    case LATEX_FIXATION_COMMENT -> "有限群体：固定概率";
                    case LATEX_FIXATION_SEVERAL -> "群体 & 突变策略 & 原有策略 & 其他群体";
                    case LATEX_FIXATION_ONE -> "突变策略 & 原有策略";
                    case LATEX_SMALL_MUTATION_COMMENT -> "有限群体：小突变极限";
                    case LATEX_SMALL_MUTATION_HEADER -> "状态 & 平稳概率";
                    case STOCHASTIC -> "随机演化动态";
                    case HERE -> " 此处 {0}。";
                    case STOCHASTIC_STABILITY -> "纯策略组合的随机稳定性";
                    case STOCHASTIC_TABLE -> "| 策略组合 | 几乎必然指数稳定当且仅当 | 指数 | 成立 | 均方稳定当且仅当 | 指数 | 成立 |";
                    case NOT_REST_POINT -> "不是均衡点";
                    case AND -> " 且 ";
                    case END_STATES -> "终态与吸收";
                    case END_STATES_TABLE -> "| 噪声 | 策略组合 | 路径数 | 比例 | 95% 置信区间 |";
                    case NO_PURE_PROFILE -> "不在任何纯策略组合";
                    case AT_T -> "在 T = {0}、{1} 下（{2} 条路径在边界处被截断）：";
                    case SUMMARY_TABLE -> "| 坐标 | 均值 | 标准差 | 5% | 50% | 95% |";
                    case NOISE_DATA -> "数据：`sde-summary.csv`、`sde-paths.csv`、`sde-end-states.csv`、`sde-absorption.csv`。";
                    case LATEX_STOCHASTIC_COMMENT -> "{0} 噪声下纯策略组合的随机稳定性，{1}";
                    case LATEX_STOCHASTIC_HEADER -> "策略组合 & 几乎必然稳定当且仅当 & 指数 & 均方稳定当且仅当 & 指数";
                    case SHARE_IN -> "{1}中{0}的比例";
                    case PATHS_TITLE -> "噪声下的样本路径（{0}）";
                    case PATH -> "路径 {0}";
                    case PATHS_CAPTION -> "噪声下{0}（{1}）：{2} 条样本路径（灰色）、{3} 条路径的均值及其 5% 与 95% 分位数。";
                    case MEAN -> "均值{0}";
                    case SENSITIVITY_TITLE -> "噪声敏感性：均值与 5%–95% 带";
                    case SENSITIVITY_CAPTION -> "{1} 下{0}：各路径集合的均值（实线）与 5%、95% 分位数（虚线）。";
                    case END_TITLE -> "T = {0} 时的终态分布";
                    case DENSITY -> "密度";
                    case END_CAPTION -> "T = {2} 时{1}中{0}比例的分布，{3} 条路径（{4}），{5} 个区间。";
                    case END_DENSITY_TITLE -> "T = {1} 时{0}的终态密度";
                    case END_DENSITY_CAPTION -> "T = {1} 时{0}在其单纯形中的终态密度，{2} 条路径（{3}）；颜色越深路径越多。";
                    case ABSORPTION_TITLE -> "纯策略组合处的吸收与噪声尺度";
                    case NOISE_SCALE -> "噪声尺度因子（1：{0}）";
                    case FRACTION_AT_T -> "T = {0} 时的路径比例";
                    case ABSORPTION_CAPTION -> "T = {1} 时距各纯策略组合 {0} 以内的路径比例随噪声尺度因子的变化，附 95% Wilson 置信区间（误差线：区间较大的一侧）。";
                    case INVASION_TITLE -> "入侵图（小突变极限）";
                    case INVASION_CAPTION -> "入侵图：小突变极限的状态（圆面积 ∝ 平稳概率）；单个突变者以高于中性概率 1/N 的概率固定时，从原有状态指向突变状态画箭头，标注 Nρ。";
                    case GRADIENT_TITLE -> "{0}的选择梯度";
                    case GRADIENT_AXIS -> "第一个策略的比例 k/N";
                    case AGAINST -> "{0} 对 {1}";
                    case GRADIENT_CAPTION -> "各边上的选择梯度 G(k) = T⁺(k) − T⁻(k)（k 个参与者采用第一个策略，其余采用第二个）：每步 k 的期望变化；选择使第一个策略增加之处为正。";
                    case STATIONARY_TITLE -> "平稳分布（μ = {0}）";
                    case PLAYERS_AXIS -> "采用 {0} 的参与者数（共 {1}）";
                    case PROBABILITY -> "概率";
                    case STATIONARY_CAPTION -> "含突变的完整马尔可夫链在各计数上的平稳分布。";
                    case STATIONARY_OF_TITLE -> "{0}的平稳分布（μ = {1}）";
                    case STATIONARY_SIMPLEX_CAPTION -> "含突变的完整马尔可夫链在{0}单纯形上的平稳分布：每个方格是 N 个参与者的一种构成，概率越高颜色越深（按低于最大值的数量级分类）。";
                    case MARGINALS_TITLE -> "平稳分布（μ = {0}），边缘分布";
                    case FIRST_SHARE_AXIS -> "第一个策略的比例";
                    case MARGINALS_CAPTION -> "含突变的完整马尔可夫链的平稳分布：每个群体中第一个策略各计数的概率。";
                    case FIXATION_SWEEP_TITLE -> "固定概率随 {0} 的变化";
                    case INTO -> "{0} 入侵 {1}";
                    case LATEX_HEADER -> "{0} 的 egt4j 报告片段；\\input{report.tex} 需要 \\usepackage{amsmath,booktabs}，"
                            + "中文用 ctex 宏包并以 XeLaTeX 编译（docs/chinese.md）";
                    case REPLICATOR -> "复制动态";
                    case NEUTRAL -> "中性（ρ = 1/N）";
                    case FIXATION_SWEEP_CAPTION -> "单个突变者的固定概率随选择参数 {0} 的变化，以 log10(Nρ) 表示：大于 0 时选择有利于突变者固定，0 为中性漂变。";
                    case FINITE_LINE -> "{0}，{1} = {2}，群体规模 {3}";
                    case SMALL_MUTATION_STATIONARY -> "小突变极限的平稳分布：";
                    case FIXATION_COUNT -> "{0} 个固定概率（用 --json 查看）";
                    case FULL_CHAIN_LINE -> "完整马尔可夫链：{0} 个状态；平均比例 {1}";
                    case ABSORPTION_FROM -> "从 {0} 出发的吸收（平均时间 {1} 步）：";
                    case SDE_LINE -> "{0} 条路径，从 {1} 到 t = {2}（{3}，dt = {4}，种子 {5}）";
                    case SDE_AT -> "在 t = {0} 时：";
                    case SDE_COORDINATE -> "{0}：均值 {1}，标准差 {2}，中位数 {3}，90% 的路径位于 [{4}, {5}]";
                    case SDE_ABSORBED -> "{0} 的路径终止于 {1}（95% 区间 {2} 至 {3}）";
                    case SDE_NONE_ABSORBED -> "没有路径终止于纯策略组合";
                    case SDE_BOUNDARY_HITS -> "{0} 条路径有步在状态空间边界处被截断";
                    case LOGIT_TITLE -> "{0}中的 Logit 均衡随 λ = 1/η 的变化";
                    case LOGIT_AXIS -> "λ = 1/η（选择强度）";
                    case LOGIT_FOLD -> "折点";
                    case LOGIT_ETA -> "分析的 η = {0}";
                    case LOGIT_CAPTION -> "{0}中各策略的 Logit（量子响应）均衡比例随 λ = 1/η 的变化，从中心（λ = 0）出发延拓求得；实线为 Logit 动态下稳定、虚线为不稳定，菱形标记折点，点线为分析所用的 η = {1}。";
                },
                args);
    }

    @Override
    public String restPointSearch(
            org.egt4j.stability.RestPointSearch.Method method,
            org.egt4j.stability.RestPointSearch.Incompleteness incomplete,
            long paths,
            int regular,
            int atInfinity) {
        String how =
                switch (method) {
                    case FACES -> "静止点逐面求解";
                    case TOTAL_DEGREE_HOMOTOPY -> "静止点由总次数同伦延拓求得：共 " + paths + " 条路径，其中 " + regular + " 条终于正则有限根，"
                            + atInfinity + " 条趋于无穷远";
                    case MULTI_START_NEWTON -> "静止点由多起点阻尼牛顿法求得";
                    case LOGIT_CONTINUATION -> "Logit 均衡由从单纯形中心（λ = 0）出发、关于 λ = 1/η 的延拓以及多起点阻尼牛顿法求得";
                };
        String why =
                switch (incomplete) {
                    case NONE -> "每条路径都终于正则根或无穷远，因此列表是完整的";
                    case NOT_CLAIMED -> "不声称列表完整";
                    case NOT_POLYNOMIAL -> "向量场不是多项式，因此不声称列表完整";
                    case OVER_PATH_LIMIT -> "贝祖数 " + paths + " 超过同伦路径上限 "
                            + org.egt4j.stability.RestPointSearch.MAX_PATHS + "，因此不声称列表完整";
                    case SINGULAR_ENDPOINTS -> "部分路径终于奇异点（重根或静止点连续统），因此不声称列表完整";
                    case FAILED_PATHS -> "部分路径未能追踪到终点，因此不声称列表完整";
                    case SAME_ENDPOINTS -> "两条路径终于同一个根，因此不声称列表完整";
                };
        return how + "；" + why + "。";
    }
}
