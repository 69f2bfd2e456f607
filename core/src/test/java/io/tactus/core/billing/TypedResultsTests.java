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
	private static final Set<String> CODES = Set.of("code");

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
	void findsAFreeTextComponent() {
		record Worded(String code, int units, List<String> notes) {
		}
		List<String> text = new ArrayList<>();
		collect(Worded.class, "Worded", text);
		assertThat(text).containsExactly("Worded.notes");
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
