package io.tactus.web.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.tactus.core.billing.ExpectedPayment;
import io.tactus.core.billing.Finding;
import io.tactus.core.billing.LinePayment;
import io.tactus.core.billing.LineUnits;
import io.tactus.core.billing.LocalityId;
import io.tactus.core.billing.UnitResult;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.VisitEvaluation;
import io.tactus.core.codes.BillingCode;
import io.tactus.core.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The JSON of {@code /api/v1/billing/**}: requests as sent, answers as built from the
 * engine's results.
 */
final class BillingJson {

	private BillingJson() {
	}

	/**
	 * A visit whose units are asked for.
	 *
	 * @param rule {@code CMS} or {@code AMA}
	 * @param services the services, in the order entered
	 * @param payer the payer kind (e.g. {@code MEDICARE_PART_B}); when absent, a
	 * commercial payer, so that only payer-independent checks run and no rate is known
	 * @param provider the provider type (e.g. {@code PT}); {@code PT} when absent
	 * @param dateOfService the date of service, ISO; today (UTC) when absent
	 * @param locality the Medicare payment locality written {@code MAC-locality};
	 * national GPCIs (1.0) when absent
	 */
	record UnitsRequest(
			@Schema(description = "CMS or AMA", example = "CMS",
					requiredMode = Schema.RequiredMode.REQUIRED) String rule,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ServiceRequest> services,
			@Schema(description = "MEDICARE_PART_B, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL, AUTO_PIP, WORKERS_COMP or CASH; COMMERCIAL when absent",
					example = "MEDICARE_PART_B") String payer,
			@Schema(description = "PT, PTA, OT, OTA, LMT or DC; PT when absent", example = "PT") String provider,
			@Schema(description = "ISO date, years 2000 to 2100; today (UTC) when absent. Picks the year of the Medicare fee schedule (CMS RVUs, conversion factor and GPCIs)",
					type = "string", format = "date", example = "2026-03-02") String dateOfService,
			@Schema(description = "Medicare payment locality from the CMS GPCI file, written MAC-locality (five digits, dash, two digits); "
					+ "its GPCIs of the visit's year are used. National GPCIs (1.0) when absent. An unknown or malformed locality is a 400 naming 'locality'",
					example = "02102-01", pattern = "^[0-9]{5}-[0-9]{2}$") String locality) {
	}

	/**
	 * One service of the visit.
	 *
	 * @param code the CPT or HCPCS code
	 * @param minutes direct one-on-one minutes; may be omitted for untimed codes
	 * @param modifiers modifiers such as GP, CQ, 59, XS
	 * @param bodyRegion the treated body region, e.g. {@code lumbar}
	 * @param billedUnits the units billed, to check them
	 */
	record ServiceRequest(@Schema(example = "97110", requiredMode = Schema.RequiredMode.REQUIRED) String code,
			@Schema(type = "integer", example = "33") @JsonDeserialize(using = JsonNumber.class) BigDecimal minutes,
			List<String> modifiers, String bodyRegion,
			@Schema(type = "integer") @JsonDeserialize(using = JsonNumber.class) BigDecimal billedUnits) {
	}

	/**
	 * The units of a visit under the asked rule, with the other rule for comparison.
	 *
	 * @param rule the rule asked for
	 * @param totalUnits every unit, timed and untimed
	 * @param timedUnits units of the 15-minute codes
	 * @param timedMinutes minutes of the 15-minute codes
	 * @param lines units per code, in entry order (repeated codes merged)
	 * @param explanation the steps, in plain words
	 * @param findings the findings under the asked rule, errors first
	 * @param comparison the same visit under the other rule
	 * @param difference AMA total minus CMS total
	 * @param payer the payer kind used for the checks and the payment
	 * @param provider the provider type used
	 * @param dateOfService the date used
	 * @param locality the Medicare locality used ({@code MAC-locality}), {@code null} for
	 * national GPCIs
	 * @param payment the expected payment under the asked rule
	 */
	record UnitsResponse(String rule, int totalUnits, int timedUnits, int timedMinutes, List<LineJson> lines,
			List<String> explanation, List<FindingJson> findings, RuleJson comparison, int difference, String payer,
			String provider, LocalDate dateOfService, String locality, PaymentJson payment) {

		static UnitsResponse of(VisitEvaluation evaluation, FindingMessages messages, BillingText text,
				PaymentText payments) {
			UnitResult applied = evaluation.appliedUnits();
			UnitResult other = evaluation.units()
				.forRule((applied.rule() == UnitRule.CMS) ? UnitRule.AMA : UnitRule.CMS);
			return new UnitsResponse(applied.rule().name(), applied.totalUnits(), applied.timedUnits(),
					applied.timedMinutes(), LineJson.of(applied, text), text.steps(applied, Locale.ENGLISH),
					evaluation.findings().stream().map((finding) -> FindingJson.of(finding, messages)).toList(),
					RuleJson.of(other, text), evaluation.units().difference(), evaluation.claim().payer().name(),
					evaluation.claim().provider().name(), evaluation.claim().dateOfService(),
					evaluation.claim().locality().map(LocalityId::text).orElse(null),
					PaymentJson.of(evaluation.payment(), payments));
		}

	}

	/**
	 * One code's units.
	 *
	 * @param code the code
	 * @param minutes its minutes, {@code null} when none were given
	 * @param units its units
	 * @param reason why
	 * @param inputLines the 0-based positions of the request's services merged into it
	 */
	record LineJson(String code, Integer minutes, int units, String reason, List<Integer> inputLines) {

		static List<LineJson> of(UnitResult result, BillingText text) {
			return result.lines().stream().map((line) -> of(line, text)).toList();
		}

		static LineJson of(LineUnits line, BillingText text) {
			return new LineJson(line.code(), line.minutes().isPresent() ? line.minutes().getAsInt() : null,
					line.units(), text.reason(line.reason()), line.lines());
		}

	}

	/**
	 * A visit's units under one rule.
	 *
	 * @param rule the rule
	 * @param totalUnits every unit
	 * @param timedUnits units of the 15-minute codes
	 * @param timedMinutes minutes of the 15-minute codes
	 * @param lines units per code
	 * @param explanation the steps
	 */
	record RuleJson(String rule, int totalUnits, int timedUnits, int timedMinutes, List<LineJson> lines,
			List<String> explanation) {

		static RuleJson of(UnitResult result, BillingText text) {
			return new RuleJson(result.rule().name(), result.totalUnits(), result.timedUnits(), result.timedMinutes(),
					LineJson.of(result, text), text.steps(result, Locale.ENGLISH));
		}

	}

	/**
	 * A finding.
	 *
	 * @param kind what was found
	 * @param severity ERROR, WARNING or INFO
	 * @param codes the codes concerned
	 * @param inputLines the 0-based positions of the services concerned
	 * @param explanation what is wrong and why
	 * @param fix what to do
	 */
	record FindingJson(String kind, String severity, List<String> codes, List<Integer> inputLines, String explanation,
			String fix) {

		static FindingJson of(Finding finding, FindingMessages messages) {
			return new FindingJson(finding.kind().name(), finding.severity().name(), finding.codes(), finding.lines(),
					messages.explanation(finding, Locale.ENGLISH), messages.fix(finding, Locale.ENGLISH));
		}

	}

	/**
	 * The expected payment.
	 *
	 * @param basis MEDICARE_FEE_SCHEDULE, CLINIC_FEE_SCHEDULE or NONE
	 * @param lines per code
	 * @param total the visit total, {@code null} unless every line has a rate
	 * @param knownTotal the sum of the lines that have a rate
	 * @param complete whether every line has a rate
	 * @param notes how it was computed
	 * @param rounding the rounding applied
	 */
	record PaymentJson(String basis, List<PaymentLineJson> lines, BigDecimal total, BigDecimal knownTotal,
			boolean complete, List<String> notes, String rounding) {

		static final String ROUNDING = "Each line is computed unrounded and rounded half-up to cents once; "
				+ "the total is the sum of the rounded lines.";

		static PaymentJson of(ExpectedPayment payment, PaymentText text) {
			return new PaymentJson(payment.basis().name(),
					payment.lines().stream().map((line) -> PaymentLineJson.of(line, text)).toList(),
					payment.total().map(Money::amount).orElse(null), payment.knownTotal().amount(), payment.complete(),
					payment.notes().stream().map(text::note).toList(), ROUNDING);
		}

	}

	/**
	 * One code's payment.
	 *
	 * @param code the code
	 * @param units the units paid
	 * @param amount dollars, {@code null} when there is no rate
	 * @param explanation how it was found, or why there is no rate
	 */
	record PaymentLineJson(String code, int units, BigDecimal amount, String explanation) {

		static PaymentLineJson of(LinePayment line, PaymentText text) {
			return new PaymentLineJson(line.code(), line.units(), line.amount().map(Money::amount).orElse(null),
					text.line(line.reason()));
		}

	}

	/**
	 * A code of the catalog.
	 *
	 * @param code the code
	 * @param description our own plain description (not the AMA descriptor)
	 * @param timing PER_15_MINUTES, PER_SERVICE, PER_HOUR_BLOCK or BY_REPORT
	 * @param timed whether the code is a 15-minute timed code
	 * @param family the group of services
	 * @param medicareStatus the CMS status of the latest fee schedule: ACTIVE (A),
	 * BUNDLED (B), CARRIER_PRICED (C), NOT_RECOGNISED (I), NON_COVERED (N) or RESTRICTED
	 * (R); {@code null} when the CMS file does not list the code
	 * @param medicareReplacement the code Medicare wants instead, or {@code null}
	 * @param alwaysTherapy whether Medicare always treats it as therapy
	 * @param mue units per day allowed, {@code null} when unknown
	 * @param note a remark on the data, or {@code null}
	 */
	record CodeJson(String code, String description, String timing, boolean timed, String family, String medicareStatus,
			String medicareReplacement, boolean alwaysTherapy, Integer mue, String note) {

		static CodeJson of(BillingCode code) {
			return new CodeJson(code.code(), code.description(), code.timing().name(), code.isTimed(),
					code.family().name(), code.medicareStatus().map(Enum::name).orElse(null),
					code.medicareReplacement().orElse(null), code.alwaysTherapy(),
					code.mue().isPresent() ? code.mue().getAsInt() : null, code.note().orElse(null));
		}

	}

}
