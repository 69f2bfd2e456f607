package io.tactus.web.billing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.EditPair;
import io.tactus.core.billing.EditStatus;
import io.tactus.core.billing.Finding;
import io.tactus.core.billing.FindingDetail;
import io.tactus.core.billing.FindingDetail.EditPairProblem;
import io.tactus.core.billing.PayerKind;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.Severity;
import io.tactus.core.billing.UnitGap;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.codes.ProviderType;
import io.tactus.core.money.Money;
import io.tactus.web.system.MoneyText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding, of every kind and shape, reads from the billing bundle: no key is
 * missing, none is unused, no placeholder is left, and the sentences keep their wording.
 */
class FindingMessagesTests {

	private static final BillingEngine ENGINE = BillingEngine.standard();

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static final Path CASES = Path.of("../core/src/test/resources/billing/cases.json");

	private final BillingBundle source = new BillingBundle();

	private final FindingMessages messages = new FindingMessages(this.source, new MoneyText());

	@Test
	void rendersEveryFindingOfTheWorkedCasesAndEdgeCasesFromTheBundle() throws IOException {
		List<Finding> findings = new ArrayList<>(edgeCases());
		findings.addAll(workedCases());
		for (Finding finding : findings) {
			String explanation = this.messages.explanation(finding, Locale.ENGLISH);
			String fix = this.messages.fix(finding, Locale.ENGLISH);
			assertThat(List.of(explanation, fix)).as(finding.toString())
				.allSatisfy(
						(text) -> assertThat(text).isNotBlank().doesNotContain("{", "}", "null", "''").endsWith("."));
		}
		assertThat(this.source.used()).as("finding sentences in the bundle that no finding used")
			.containsAll(findingSentenceKeys());
	}

	@Test
	void keepsTheWordingOfOverAndUnderbilling() {
		FindingDetail.OverbilledUnits one = new FindingDetail.OverbilledUnits("97110",
				new UnitGap(3, 2, UnitRule.CMS, Optional.of(Money.parse("22.21"))), OptionalInt.empty());
		assertThat(explanation(one)).isEqualTo("97110 is billed for 3 units but the CMS 8-minute rule gives 2 units: "
				+ "1 unit too many (about $22.21).");
		assertThat(fix(one)).isEqualTo("Bill 2 units of 97110.");
		FindingDetail.UnderbilledUnits two = new FindingDetail.UnderbilledUnits("97110",
				new UnitGap(1, 3, UnitRule.AMA, Optional.of(Money.parse("80.00"))));
		assertThat(explanation(two)).isEqualTo("97110 is billed for 1 unit but the AMA midpoint rule gives 3 units: "
				+ "2 units left unbilled (about $80.00).");
		FindingDetail.OverbilledUnits unvalued = new FindingDetail.OverbilledUnits("97110",
				new UnitGap(2, 1, UnitRule.AMA, Optional.empty()), OptionalInt.empty());
		assertThat(explanation(unvalued)).endsWith("1 unit too many (no rate known to value it).");
	}

	@Test
	void saysBothProblemsOfATimedCodeUnderEightMinutesBilledAUnit() {
		FindingDetail.TimedUnder8Minutes under = new FindingDetail.TimedUnder8Minutes("97140", 5, UnitRule.AMA,
				Optional.of(new UnitGap(1, 0, UnitRule.AMA, Optional.empty())));
		assertThat(explanation(under)).isEqualTo("97140 ran 5 minutes, under 8: it cannot be billed on its own. "
				+ "Under the AMA rule each code needs 8 minutes of its own. Yet it is billed for 1 unit, which is one "
				+ "too many (no rate known to value it).");
		assertThat(fix(under)).isEqualTo("Remove the 1 unit billed for 97140.");
		FindingDetail.TimedUnder8Minutes two = new FindingDetail.TimedUnder8Minutes("97140", 5, UnitRule.AMA,
				Optional.of(new UnitGap(2, 0, UnitRule.AMA, Optional.of(Money.parse("42.42")))));
		assertThat(explanation(two)).endsWith("Yet it is billed for 2 units, all of them too many (about $42.42).");
		assertThat(explanation(new FindingDetail.TimedUnder8Minutes("97140", 1, UnitRule.CMS, Optional.empty())))
			.startsWith("97140 ran 1 minute, under 8")
			.endsWith("pooled minutes, but they did not earn it a unit.");
	}

	@Test
	void keepsTheWordingOfCodeAndModifierFindings() {
		assertThat(fix(new FindingDetail.MedicareUnrecognised("97014", Optional.of("G0283"))))
			.isEqualTo("Bill G0283 instead.");
		assertThat(fix(new FindingDetail.MissingTherapyModifier("97530", Optional.of("GO")))).isEqualTo("Add GO.");
		assertThat(explanation(new FindingDetail.MissingAssistantModifier("97110", ProviderType.PTA, "CQ", "GP")))
			.isEqualTo("97110 was furnished by a PTA; Medicare requires CQ on it and pays such lines at 85% of the "
					+ "fee schedule.");
		assertThat(fix(new FindingDetail.LmtCodeOutsideScope("97112", "default", List.of("97140", "97010"))))
			.contains("the state's scope of practice and the payer's policy");
		assertThat(explanation(new FindingDetail.UnitsAboveMue("97035", 3, 1))).isEqualTo(
				"3 units of 97035 exceed its medically unlikely edit of 1 a day; the units above it are " + "denied.");
		assertThat(fix(new FindingDetail.UnitsAboveMue("97035", 3, 1)))
			.isEqualTo("Bill at most 1 unit, or appeal with documentation.");
		assertThat(explanation(editPair(EditPairProblem.NO_DISTINCT_MODIFIER, Optional.empty(), Optional.empty())))
			.isEqualTo("97140 and 97530 are an edit pair billed without 59/XE/XS/XP/XU; without one only 97530 is "
					+ "paid. Both are one-on-one (edit table tactus-2026.1, unconfirmed).");
	}

	private String explanation(FindingDetail detail) {
		return this.messages.explanation(new Finding(Severity.ERROR, List.of("97110"), List.of(0), detail),
				Locale.ENGLISH);
	}

	private String fix(FindingDetail detail) {
		return this.messages.fix(new Finding(Severity.ERROR, List.of("97110"), List.of(0), detail), Locale.ENGLISH);
	}

	/** One finding of each kind and shape, built by the engine where it can. */
	private static List<Finding> edgeCases() {
		List<Finding> findings = new ArrayList<>();
		Optional<String> lumbar = Optional.of("lumbar");
		for (EditPairProblem problem : EditPairProblem.values()) {
			boolean regions = problem == EditPairProblem.SAME_REGION
					|| problem == EditPairProblem.DIFFERENT_REGIONS_UNMARKED
					|| problem == EditPairProblem.DISTINCT_BUT_SAME_REGION;
			findings.add(finding(editPair(problem, regions ? lumbar : Optional.empty(),
					regions ? Optional.of("shoulder") : Optional.empty())));
		}
		findings.add(finding(new FindingDetail.MedicareUnrecognised("97014", Optional.empty())));
		findings.add(finding(new FindingDetail.MissingTherapyModifier("97110", Optional.empty())));
		findings.addAll(evaluate(PayerKind.MEDICARE_PART_B, ProviderType.OT, ServiceLine.of("97530", 30)));
		findings.addAll(
				evaluate(PayerKind.MEDICARE_PART_B, ProviderType.OT, ServiceLine.of("97530", 30).withModifiers("GP")));
		findings.addAll(
				evaluate(PayerKind.MEDICARE_PART_B, ProviderType.OTA, ServiceLine.of("97530", 30).withModifiers("GP")));
		findings.addAll(
				evaluate(PayerKind.CASH, ProviderType.LMT, ServiceLine.of("97124", 30), ServiceLine.of("97140", 30)));
		findings.add(finding(new FindingDetail.OverbilledUnits("97035",
				new UnitGap(4, 1, UnitRule.CMS, Optional.of(Money.parse("37.50"))), OptionalInt.of(2))));
		findings.addAll(evaluate(PayerKind.COMMERCIAL, ProviderType.PT,
				ServiceLine.of("97140", 15).withModifiers("59", "XS"), ServiceLine.of("97035", 45),
				ServiceLine.of("97110", 5).withBilledUnits(1), ServiceLine.of("97112", 10), ServiceLine.of("97112", 10),
				ServiceLine.of("97116", 38).withBilledUnits(1)));
		findings.addAll(evaluate(PayerKind.MEDICARE_PART_B, ProviderType.PT, ServiceLine.untimed("97010"),
				ServiceLine.untimed("97014").withModifiers("GP"), ServiceLine.of("97530", 30).withModifiers("GO"),
				ServiceLine.of("97110", 5).withModifiers("GP"),
				ServiceLine.of("97112", 23).withModifiers("GP").withBilledUnits(3)));
		findings.addAll(
				evaluate(PayerKind.MEDICARE_PART_B, ProviderType.PTA, ServiceLine.of("97110", 30).withModifiers("GP"),
						ServiceLine.of("97112", 30).withModifiers("GP", "CQ")));
		findings.addAll(evaluate(PayerKind.AUTO_PIP, ProviderType.LMT, ServiceLine.of("97112", 15)));
		findings.addAll(evaluate(PayerKind.MEDICARE_PART_B, ProviderType.LMT, ServiceLine.of("97124", 30)));
		return findings;
	}

	/**
	 * The findings of every worked case, billed as the rule says, one unit more and one
	 * less.
	 */
	private static List<Finding> workedCases() throws IOException {
		List<Finding> findings = new ArrayList<>();
		JsonNode cases;
		try (InputStream in = Files.newInputStream(CASES)) {
			cases = JsonMapper.builder().build().readTree(in);
		}
		for (JsonNode node : cases) {
			UnitRule rule = UnitRule.valueOf(node.get("rule").asString());
			for (int extra : new int[] { 0, 1, -1 }) {
				List<ServiceLine> services = new ArrayList<>();
				for (JsonNode service : node.get("services")) {
					String code = service.get("code").asString();
					JsonNode minutes = service.get("minutes");
					ServiceLine line = (minutes == null || minutes.isNull()) ? ServiceLine.untimed(code)
							: ServiceLine.of(code, minutes.asInt());
					JsonNode units = node.get("expected_units").get(code);
					if (extra != 0 && units != null && units.asInt() + extra >= 0) {
						line = line.withBilledUnits(units.asInt() + extra);
					}
					services.add(line.withModifiers("GP"));
				}
				for (PayerKind payer : List.of(PayerKind.MEDICARE_PART_B, PayerKind.COMMERCIAL)) {
					findings
						.addAll(ENGINE.evaluate(VisitClaim.of(DAY, payer, ProviderType.PT, services).withUnitRule(rule))
							.findings());
				}
			}
		}
		assertThat(findings).as("findings of the worked cases").isNotEmpty();
		return findings;
	}

	private static List<Finding> evaluate(PayerKind payer, ProviderType provider, ServiceLine... lines) {
		return ENGINE.evaluate(VisitClaim.of(DAY, payer, provider, List.of(lines))).findings();
	}

	private static Finding finding(FindingDetail detail) {
		return new Finding(Severity.WARNING, List.of("97140"), List.of(0), detail);
	}

	private static FindingDetail.EditPairBilled editPair(EditPairProblem problem, Optional<String> first,
			Optional<String> second) {
		EditPair pair = new EditPair("tactus-2026.1", LocalDate.of(2020, 1, 1), Optional.empty(), "97530", "97140",
				OptionalInt.of(1), problem != EditPairProblem.NO_DISTINCT_MODIFIER, EditStatus.UNCONFIRMED,
				"Both are one-on-one", "test");
		return new FindingDetail.EditPairBilled("97140", "97530", problem, first, second, pair);
	}

	private static Set<String> findingSentenceKeys() throws IOException {
		return BillingBundle.keys((key) -> key.startsWith("billing.finding."));
	}

}
