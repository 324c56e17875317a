package dev.akhbar.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL of the dashboard and the alert rules, and the metric names it refers to. */
public final class MonitoringQueries {

  public static final String DASHBOARD = "deploy/grafana/dashboards/akhbar.json";
  public static final String ALERTS = "deploy/prometheus/alerts.yml";

  /** Series Prometheus makes itself rather than scraping them. */
  public static final Set<String> PROMETHEUS_OWN = Set.of("up");

  private static final Pattern LABELS = Pattern.compile("\\{[^}]*\\}");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern STRING = Pattern.compile("\"[^\"]*\"");
  private static final Pattern NAME = Pattern.compile("\\b[a-zA-Z_:][a-zA-Z0-9_:]*\\b");
  private static final Pattern METRIC_PREFIX =
      Pattern.compile("(akhbar|jvm|process|system|kafka|up)(_.*)?");

  private MonitoringQueries() {}

  /** Every {@code expr} of the dashboard's panels. */
  public static List<String> dashboardExpressions() {
    List<String> exprs = new ArrayList<>();
    RepoFiles.json(DASHBOARD).findValues("expr").forEach(n -> exprs.add(n.asText()));
    return exprs;
  }

  /** Every {@code expr} of the alert rules. */
  public static List<String> alertExpressions() {
    List<String> exprs = new ArrayList<>();
    for (JsonNode group : RepoFiles.yaml(ALERTS).path("groups")) {
      group.path("rules").forEach(r -> exprs.add(r.path("expr").asText()));
    }
    return exprs;
  }

  /** The metric names in {@code expr}: not functions, label names or values, nor keywords. */
  public static Set<String> metricNames(String expr) {
    String bare = STRING.matcher(expr).replaceAll(" ");
    bare = LABELS.matcher(bare).replaceAll(" ");
    bare = GROUPING.matcher(bare).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher m = NAME.matcher(bare);
    while (m.find()) {
      String token = m.group();
      boolean call = bare.substring(m.end()).stripLeading().startsWith("(");
      if (!call && METRIC_PREFIX.matcher(token).matches()) {
        names.add(token);
      }
    }
    return names;
  }

  /** The metric names of all the dashboard's and the alerts' expressions. */
  public static Set<String> allMetricNames() {
    Set<String> names = new TreeSet<>();
    dashboardExpressions().forEach(e -> names.addAll(metricNames(e)));
    alertExpressions().forEach(e -> names.addAll(metricNames(e)));
    return names;
  }
}
