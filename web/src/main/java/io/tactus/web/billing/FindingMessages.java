package io.tactus.web.billing;

import java.math.BigDecimal;
import io.tactus.core.money.Money;
import java.util.Locale;
import java.util.Optional;

import io.tactus.core.billing.Finding;
import io.tactus.core.billing.FindingDetail;
import io.tactus.core.billing.FindingDetail.EditPairBilled;
import io.tactus.core.billing.UnitGap;
import io.tactus.core.codes.ProviderType;
import io.tactus.web.system.MoneyText;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a finding's explanation and fix from the message bundle
 * ({@code billing.finding.*}), for the calculator, the clinic's visit page
 * ({@code ${@findingMessages.explanation(f)}}) and the API.
 */
@Component("findingMessages")
public class FindingMessages {

	private static final String PREFIX = "billing.finding.";

	private final MessageSource messages;

	private final MoneyText money;

	FindingMessages(MessageSource messages, MoneyText money) {
		this.messages = messages;
		this.money = money;
	}

	/**
	 * What was found and why, in the current request's language.
	 * @param finding the finding
	 * @return the explanation
	 */
	public String explanation(Finding finding) {
		return explanation(finding, LocaleContextHolder.getLocale());
	}

	/**
	 * What to do about it, in the current request's language.
	 * @param finding the finding
	 * @return the fix
	 */
	public String fix(Finding finding) {
		return fix(finding, LocaleContextHolder.getLocale());
	}

	String explanation(Finding finding, Locale locale) {
		Sentences sentences = sentences(finding.detail(), locale);
		return this.messages.getMessage(sentences.explanation(), sentences.arguments(), locale);
	}

	String fix(Finding finding, Locale locale) {
		Sentences sentences = sentences(finding.detail(), locale);
		return this.messages.getMessage(sentences.fix(), sentences.arguments(), locale);
	}

	private Sentences sentences(FindingDetail detail, Locale locale) {
		String kind = PREFIX + detail.kind().name();
		return switch (detail) {
			case EditPairBilled edit -> {
				String problem = kind + "." + edit.problem().name();
				yield new Sentences(problem + ".explanation", problem + ".fix", edit.first(), edit.second(),
						edit.pair().column1(), edit.pair().column2(), edit.pair().note(), edit.pair().version(),
						text(PREFIX + "editStatus." + edit.pair().status().name(), locale),
						edit.firstRegion().orElse(""), edit.secondRegion().orElse(""));
			}
			case FindingDetail.Modifier59WithX modifier -> Sentences.of(kind, modifier.code());
			case FindingDetail.UnitsAboveMue above -> Sentences.of(kind, above.code(), above.units(), above.mue());
			case FindingDetail.MedicareBundled bundled -> Sentences.of(kind, bundled.code());
			case FindingDetail.MedicareUnrecognised unrecognised -> new Sentences(kind + ".explanation",
					kind + (unrecognised.replacement().isPresent() ? ".replacement.fix" : ".fix"), unrecognised.code(),
					unrecognised.replacement().orElse(""));
			case FindingDetail.TimedUnder8Minutes under -> {
				String variant = kind + (under.billed().isPresent() ? ".billed" : "");
				int billed = under.billed().map(UnitGap::billed).orElse(0);
				yield new Sentences(variant + ".explanation", variant + ".fix", under.code(), under.minutes(),
						text(kind + ".rule." + under.rule().name(), locale), billed,
						under.billed().map((gap) -> value(gap, locale)).orElse(""));
			}
			case FindingDetail.LmtCodeOutsideScope scope ->
				Sentences.of(kind, scope.code(), scope.scopeLabel(), String.join(", ", scope.allowedCodes()));
			case FindingDetail.LmtOnMedicare lmt -> Sentences.of(kind, String.join(", ", lmt.codes()));
			case FindingDetail.MissingTherapyModifier missing ->
				new Sentences(kind + ".explanation", kind + (missing.expected().isPresent() ? ".expected.fix" : ".fix"),
						missing.code(), missing.expected().orElse(""));
			case FindingDetail.WrongTherapyModifier wrong ->
				Sentences.of(kind, wrong.code(), provider(wrong.provider(), locale), wrong.expected());
			case FindingDetail.MissingAssistantModifier missing -> Sentences.of(kind, missing.code(),
					provider(missing.provider(), locale), missing.modifier(), missing.therapyModifier());
			case FindingDetail.AssistantPaymentReduction reduction ->
				Sentences.of(kind, reduction.code(), reduction.modifier());
			case FindingDetail.OverbilledUnits over -> {
				String variant = kind + (over.mue().isPresent() ? ".mue" : "");
				yield new Sentences(variant + ".explanation", kind + ".fix",
						gapArguments(over.code(), over.gap(), locale, over.mue().orElse(0)));
			}
			case FindingDetail.UnderbilledUnits under ->
				Sentences.of(kind, gapArguments(under.code(), under.gap(), locale, 0));
			case FindingDetail.DuplicateCodeMerged duplicate ->
				Sentences.of(kind, duplicate.code(), duplicate.lineCount());
		};
	}

	private Object[] gapArguments(String code, UnitGap gap, Locale locale, int mue) {
		return new Object[] { code, gap.billed(), text(PREFIX + "rule." + gap.rule().name(), locale), gap.ruleUnits(),
				gap.units(), value(gap, locale), mue };
	}

	/**
	 * What a gap is worth as the payer would pay it, e.g. {@code about $49.41}, or that
	 * no rate values it.
	 */
	private String value(UnitGap gap, Locale locale) {
		Optional<Money> amount = gap.amount();
		if (amount.isEmpty()) {
			return text(PREFIX + "gap.noRate", locale);
		}
		return this.messages.getMessage(PREFIX + "gap.value", new Object[] { this.money.text(amount.get()) }, locale);
	}

	private String provider(ProviderType provider, Locale locale) {
		return text(PREFIX + "provider." + provider.name(), locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * The keys of a finding's two sentences and the arguments both share.
	 */
	private record Sentences(String explanation, String fix, Object... arguments) {

		static Sentences of(String kind, Object... arguments) {
			return new Sentences(kind + ".explanation", kind + ".fix", arguments);
		}

	}

}
