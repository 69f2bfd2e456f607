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

	/** Text components that are identifiers, not sentences. */
	private static final Set<String> CODES = Set.of("code", "codes", "winners");

	private static final List<Class<?>> TYPED = List.of(LineUnits.class, UnitReason.class, BillingGap.class,
			BillingGaps.class);

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
		for (Class<?> step : UnitStep.class.getPermittedSubclasses()) {
			collect(step, step.getSimpleName(), text);
		}
		assertThat(text).isEmpty();
	}

	@Test
	void unitResultExplainsInSteps() throws NoSuchMethodException {
		Type explanation = UnitResult.class.getMethod("explanation").getGenericReturnType();
		assertThat(explanation).isInstanceOf(ParameterizedType.class);
		assertThat(((ParameterizedType) explanation).getActualTypeArguments()).containsExactly(UnitStep.class);
	}

	@Test
	void findsAFreeTextComponent() {
		record Worded(String code, int units, List<String> notes) {
		}
		record Steps(List<Worded> steps) {
		}
		List<String> text = new ArrayList<>();
		collect(Steps.class, "Steps", text);
		assertThat(text).containsExactly("Steps.steps[].notes");
	}

	private static void collect(Class<?> type, String path, List<String> text) {
		assertThat(type.isRecord()).as(path + " is a record").isTrue();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = path + "." + component.getName();
			if (carriesText(component.getGenericType()) && !CODES.contains(component.getName())) {
				text.add(name);
			}
			Class<?> kind = component.getType();
			if (kind.isRecord() && kind.getPackageName().startsWith("io.tactus.core")) {
				collect(kind, name, text);
			}
			if (component.getGenericType() instanceof ParameterizedType parameterized) {
				for (Type argument : parameterized.getActualTypeArguments()) {
					if (argument instanceof Class<?> element && element.isRecord()
							&& element.getPackageName().startsWith("io.tactus.core")) {
						collect(element, name + "[]", text);
					}
				}
			}
		}
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
