package io.tactus.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import io.tactus.core.codes.ProviderType;

/**
 * What a finding is about, as values: one small record per kind of finding, from which a
 * user interface writes the explanation and the fix in the user's language.
 *
 * <p>
 * Text components hold only codes, modifiers, body regions and reference data (the edit
 * table's version and note, the label of a massage-therapist scope); no record holds a
 * sentence.
 */
public sealed interface FindingDetail {

	/**
	 * The kind of finding this detail belongs to.
	 * @return the kind
	 */
	FindingKind kind();

	/**
	 * Two codes of an edit pair billed on the same day.
	 *
	 * @param first the code of the earlier line
	 * @param second the code of the later line
	 * @param problem what is wrong with billing them together
	 * @param firstRegion the body region of the earlier line, when recorded
	 * @param secondRegion the body region of the later line, when recorded
	 * @param pair the edit (its column 1 code is paid, its column 2 code denied)
	 */
	record EditPairBilled(String first, String second, EditPairProblem problem, Optional<String> firstRegion,
			Optional<String> secondRegion, EditPair pair) implements FindingDetail {

		public EditPairBilled {
			requireCode(first, "first");
			requireCode(second, "second");
			Objects.requireNonNull(problem, "problem");
			Objects.requireNonNull(firstRegion, "firstRegion");
			Objects.requireNonNull(secondRegion, "secondRegion");
			Objects.requireNonNull(pair, "pair");
			if (first.equals(second)) {
				throw new IllegalArgumentException("An edit pair needs two different codes: " + first);
			}
			if (problem.needsRegions() && (firstRegion.isEmpty() || secondRegion.isEmpty())) {
				throw new IllegalArgumentException(problem + " needs both regions");
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.EDIT_PAIR_WITHOUT_MODIFIER;
		}

	}

	/**
	 * What is wrong with an edit pair billed together.
	 */
	enum EditPairProblem {

		/** The edit allows no modifier: only column 1 is paid. */
		NEVER_TOGETHER(false),

		/** A same-region edit, both lines on the same region, no distinct modifier. */
		SAME_REGION(true),

		/** A same-region edit, regions not recorded, no distinct modifier. */
		REGIONS_NOT_RECORDED(false),

		/** A same-region edit on different regions, but no modifier says so. */
		DIFFERENT_REGIONS_UNMARKED(true),

		/**
		 * A same-region edit with a distinct modifier, yet both lines on the same region.
		 */
		DISTINCT_BUT_SAME_REGION(true),

		/** An edit billed without 59/XE/XS/XP/XU. */
		NO_DISTINCT_MODIFIER(false);

		private final boolean needsRegions;

		EditPairProblem(boolean needsRegions) {
			this.needsRegions = needsRegions;
		}

		boolean needsRegions() {
			return this.needsRegions;
		}

	}

	/**
	 * Modifier 59 on the same line as an X modifier.
	 *
	 * @param code the line's code
	 */
	record Modifier59WithX(String code) implements FindingDetail {

		public Modifier59WithX {
			requireCode(code, "code");
		}

		@Override
		public FindingKind kind() {
			return FindingKind.MODIFIER_59_WITH_X;
		}

	}

	/**
	 * More units than the medically unlikely edit allows.
	 *
	 * @param code the code
	 * @param units the units billed (or given by the rule when none were billed)
	 * @param mue the most units a day the edit allows
	 */
	record UnitsAboveMue(String code, int units, int mue) implements FindingDetail {

		public UnitsAboveMue {
			requireCode(code, "code");
			if (mue < 0 || units <= mue) {
				throw new IllegalArgumentException(units + " units are not above an MUE of " + mue);
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.UNITS_ABOVE_MUE;
		}

	}

	/**
	 * A code Medicare bundles into the other services (status B, paid $0).
	 *
	 * @param code the code
	 */
	record MedicareBundled(String code) implements FindingDetail {

		public MedicareBundled {
			requireCode(code, "code");
		}

		@Override
		public FindingKind kind() {
			return FindingKind.MEDICARE_BUNDLED_CODE;
		}

	}

	/**
	 * A code Medicare does not recognise.
	 *
	 * @param code the code
	 * @param replacement the code Medicare pays the service under, when there is one
	 */
	record MedicareUnrecognised(String code, Optional<String> replacement) implements FindingDetail {

		public MedicareUnrecognised {
			requireCode(code, "code");
			Objects.requireNonNull(replacement, "replacement");
			replacement.ifPresent((other) -> requireCode(other, "replacement"));
		}

		@Override
		public FindingKind kind() {
			return FindingKind.MEDICARE_UNRECOGNISED_CODE;
		}

	}

	/**
	 * A timed code under 8 minutes that earned no unit, and the units it was billed for
	 * anyway, if any: one finding for both.
	 *
	 * @param code the code
	 * @param minutes its minutes
	 * @param rule the rule that gave it no unit
	 * @param billed the units billed for it against the rule's none, when it was billed
	 */
	record TimedUnder8Minutes(String code, int minutes, UnitRule rule,
			Optional<UnitGap> billed) implements FindingDetail {

		public TimedUnder8Minutes {
			requireCode(code, "code");
			Objects.requireNonNull(rule, "rule");
			Objects.requireNonNull(billed, "billed");
			if (minutes < 0 || minutes >= 8) {
				throw new IllegalArgumentException("Not under 8 minutes: " + minutes);
			}
			billed.ifPresent((gap) -> {
				if (gap.ruleUnits() != 0 || gap.rule() != rule) {
					throw new IllegalArgumentException("A code under 8 minutes gets no unit under " + rule);
				}
			});
		}

		@Override
		public FindingKind kind() {
			return FindingKind.TIMED_CODE_UNDER_8_MINUTES;
		}

	}

	/**
	 * A massage therapist billing a code outside the allowed list.
	 *
	 * @param code the code
	 * @param scopeLabel what the allowed list is for, e.g. {@code FL, Acme PIP}
	 * @param allowedCodes the codes allowed, sorted
	 */
	record LmtCodeOutsideScope(String code, String scopeLabel, List<String> allowedCodes) implements FindingDetail {

		public LmtCodeOutsideScope {
			requireCode(code, "code");
			Objects.requireNonNull(scopeLabel, "scopeLabel");
			allowedCodes = allowedCodes.stream().sorted().toList();
			if (allowedCodes.contains(code)) {
				throw new IllegalArgumentException(code + " is in the allowed list");
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.LMT_CODE_OUTSIDE_SCOPE;
		}

	}

	/**
	 * A massage therapist on a Medicare Part B claim.
	 *
	 * @param codes the codes of the claim
	 */
	record LmtOnMedicare(List<String> codes) implements FindingDetail {

		public LmtOnMedicare {
			codes = List.copyOf(codes);
			if (codes.isEmpty()) {
				throw new IllegalArgumentException("A claim without codes bills nothing to Medicare");
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.LMT_ON_MEDICARE;
		}

	}

	/**
	 * A Medicare therapy line without GP, GO or GN.
	 *
	 * @param code the code
	 * @param expected the modifier the provider's discipline calls for, when it has one
	 */
	record MissingTherapyModifier(String code, Optional<String> expected) implements FindingDetail {

		public MissingTherapyModifier {
			requireCode(code, "code");
			Objects.requireNonNull(expected, "expected");
		}

		@Override
		public FindingKind kind() {
			return FindingKind.MISSING_THERAPY_MODIFIER;
		}

	}

	/**
	 * A therapy modifier that does not match the provider's discipline.
	 *
	 * @param code the code
	 * @param provider who gave the service
	 * @param expected the modifier the discipline calls for
	 */
	record WrongTherapyModifier(String code, ProviderType provider, String expected) implements FindingDetail {

		public WrongTherapyModifier {
			requireCode(code, "code");
			Objects.requireNonNull(provider, "provider");
			Objects.requireNonNull(expected, "expected");
			if (provider == ProviderType.LMT || provider == ProviderType.DC) {
				throw new IllegalArgumentException(provider + " has no therapy modifier");
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.WRONG_THERAPY_MODIFIER;
		}

	}

	/**
	 * An assistant's Medicare line without CQ or CO.
	 *
	 * @param code the code
	 * @param provider the assistant (PTA or OTA)
	 * @param modifier the assistant modifier missing (CQ or CO)
	 * @param therapyModifier the therapy modifier to go with it (GP or GO)
	 */
	record MissingAssistantModifier(String code, ProviderType provider, String modifier,
			String therapyModifier) implements FindingDetail {

		public MissingAssistantModifier {
			requireCode(code, "code");
			Objects.requireNonNull(provider, "provider");
			Objects.requireNonNull(modifier, "modifier");
			Objects.requireNonNull(therapyModifier, "therapyModifier");
			if (!provider.isAssistant()) {
				throw new IllegalArgumentException(provider + " is not an assistant");
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.MISSING_ASSISTANT_MODIFIER;
		}

	}

	/**
	 * A line paid at 85% because an assistant furnished it.
	 *
	 * @param code the code
	 * @param modifier the assistant modifier it carries (CQ or CO)
	 */
	record AssistantPaymentReduction(String code, String modifier) implements FindingDetail {

		public AssistantPaymentReduction {
			requireCode(code, "code");
			Objects.requireNonNull(modifier, "modifier");
		}

		@Override
		public FindingKind kind() {
			return FindingKind.ASSISTANT_PAYMENT_REDUCTION;
		}

	}

	/**
	 * A code billed for more units than the rule gives, and, when the units billed are
	 * also above the code's medically unlikely edit while the rule's are not, that limit:
	 * billing the rule's units fixes both, so one finding says both.
	 *
	 * @param code the code
	 * @param gap the units billed and given
	 * @param mue the medically unlikely edit the units billed exceed, if they do
	 */
	record OverbilledUnits(String code, UnitGap gap, OptionalInt mue) implements FindingDetail {

		public OverbilledUnits {
			requireCode(code, "code");
			Objects.requireNonNull(mue, "mue");
			if (!gap.over()) {
				throw new IllegalArgumentException(code + " is not overbilled: " + gap);
			}
			if (mue.isPresent() && (gap.billed() <= mue.getAsInt() || gap.ruleUnits() > mue.getAsInt())) {
				throw new IllegalArgumentException(
						"The MUE of " + mue.getAsInt() + " must lie between the rule's units and the billed: " + gap);
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.OVERBILLED_UNITS;
		}

	}

	/**
	 * A code billed for fewer units than the rule gives.
	 *
	 * @param code the code
	 * @param gap the units billed and given
	 */
	record UnderbilledUnits(String code, UnitGap gap) implements FindingDetail {

		public UnderbilledUnits {
			requireCode(code, "code");
			if (gap.over()) {
				throw new IllegalArgumentException(code + " is not underbilled: " + gap);
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.UNDERBILLED_UNITS;
		}

	}

	/**
	 * The same code entered on several lines, merged for counting.
	 *
	 * @param code the code
	 * @param lineCount the lines it was entered on
	 */
	record DuplicateCodeMerged(String code, int lineCount) implements FindingDetail {

		public DuplicateCodeMerged {
			requireCode(code, "code");
			if (lineCount < 2) {
				throw new IllegalArgumentException("A duplicate needs at least 2 lines: " + lineCount);
			}
		}

		@Override
		public FindingKind kind() {
			return FindingKind.DUPLICATE_CODE_MERGED;
		}

	}

	private static void requireCode(String code, String name) {
		Objects.requireNonNull(code, name);
		if (code.isBlank()) {
			throw new IllegalArgumentException("A finding needs its " + name + " code");
		}
	}

}
