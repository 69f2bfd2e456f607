package io.tactus.core.billing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.tactus.core.summary.BillingGaps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results core hands to {@code web} carry figures, codes and kinds, never a sentence:
 * {@code web} words them from its message bundles, so every visible text can be
 * translated. A text component other than a code fails this test.
 */
class TypedResultsTests {

	/**
	 * Text components that are identifiers or names, not sentences: codes, the CMS
	 * release of a fee schedule file (e.g. {@code RVU26A}), the code Medicare wants
	 * instead, the label of a clinic's fee schedule.
	 */
	private static final Set<String> CODES = Set.of("code", "codes", "winners", "release", "replacement", "schedule");

	/**
	 * Reference data rows as read from the CMS files: their names are data, not
	 * sentences.
	 */
	private static final Set<Class<?>> REFERENCE_DATA = Set.of(MedicareLocality.class, Gpci.class, LocalityId.class);

	private static final List<Class<?>> TYPED = List.of(LineUnits.class, UnitReason.class, BillingGap.class,
			BillingGaps.class, ExpectedPayment.class, LinePayment.class, PaymentReason.class, PaymentNote.class);

	@Test
	void resultsCarryNoFreeText() {
		List<String> text = new ArrayList<>();
		for (Class<?> type : TYPED) {
			collect(type, type.getSimpleName(), text);
		}
		assertThat(text).isEmpty();
	}

	@Test
	void unitStepsCarryNoFreeText() {
		List<String> text = new ArrayList<>();
		assertThat(UnitStep.class.getPermittedSubclasses()).hasSizeGreaterThanOrEqualTo(15);
		collect(UnitStep.class, "UnitStep", text);
		assertThat(text).isEmpty();
	}

	@Test
	void unitResultExplainsInSteps() throws NoSuchMethodException {
		Type explanation = UnitResult.class.getMethod("explanation").getGenericReturnType();
		assertThat(explanation).isInstanceOf(ParameterizedType.class);
		assertThat(((ParameterizedType) explanation).getActualTypeArguments()).containsExactly(UnitStep.class);
	}

	@Test
	void findsAFreeTextComponentInsideAList() {
		record Worded(String code, int units, List<String> notes) {
		}
		record Steps(List<Worded> steps) {
		}
		List<String> text = new ArrayList<>();
		collect(Steps.class, "Steps", text);
		assertThat(text).containsExactly("Steps.steps.notes");
	}

	@Test
	void findsAFreeTextComponent() {
		record Worded(String code, int units, List<String> notes) {
		}
		List<String> text = new ArrayList<>();
		collect(Worded.class, "Worded", text);
		assertThat(text).containsExactly("Worded.notes");
	}

	@Test
	void followsSealedReasonsIntoTheirRecords() {
		record Carrier(List<PaymentReason> reasons) {
		}
		List<String> visited = new ArrayList<>();
		collect(Carrier.class, "Carrier", visited);
		assertThat(visited).isEmpty();
		assertThat(PaymentReason.class.getPermittedSubclasses()).isNotEmpty();
	}

	private static void collect(Class<?> type, String path, List<String> text) {
		if (type.isSealed()) {
			for (Class<?> permitted : type.getPermittedSubclasses()) {
				collect(permitted, path + "." + permitted.getSimpleName(), text);
			}
			return;
		}
		assertThat(type.isRecord()).as(path + " is a record").isTrue();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = path + "." + component.getName();
			if (carriesText(component.getGenericType()) && !CODES.contains(component.getName())) {
				text.add(name);
			}
			for (Class<?> kind : types(component.getGenericType())) {
				if ((kind.isRecord() || kind.isSealed()) && kind.getPackageName().startsWith("io.tactus.core")
						&& !REFERENCE_DATA.contains(kind) && !kind.equals(type)) {
					collect(kind, name, text);
				}
			}
		}
	}

	private static List<Class<?>> types(Type type) {
		List<Class<?>> types = new ArrayList<>();
		if (type instanceof Class<?> kind) {
			types.add(kind);
		}
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				types.addAll(types(argument));
			}
		}
		return types;
	}

	private static boolean carriesText(Type type) {
		if (type == String.class || type == CharSequence.class) {
			return true;
		}
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				if (carriesText(argument)) {
					return true;
				}
			}
		}
		return false;
	}

}
