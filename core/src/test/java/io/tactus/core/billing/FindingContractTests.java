package io.tactus.core.billing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code core} hands findings over as values and leaves every sentence to the user
 * interface: no record reachable from {@link Finding} has a text component other than the
 * codes, modifiers, regions and reference data named here.
 */
class FindingContractTests {

	/** Text components that hold codes, modifiers, body regions or reference data. */
	private static final Set<String> TEXT_ALLOWED = Set.of("Finding.codes", "EditPairBilled.first",
			"EditPairBilled.second", "EditPairBilled.firstRegion", "EditPairBilled.secondRegion", "EditPair.version",
			"EditPair.column1", "EditPair.column2", "EditPair.note", "EditPair.source", "Modifier59WithX.code",
			"UnitsAboveMue.code", "MedicareBundled.code", "MedicareUnrecognised.code",
			"MedicareUnrecognised.replacement", "TimedUnder8Minutes.code", "LmtCodeOutsideScope.code",
			"LmtCodeOutsideScope.scopeLabel", "LmtCodeOutsideScope.allowedCodes", "LmtOnMedicare.codes",
			"MissingTherapyModifier.code", "MissingTherapyModifier.expected", "WrongTherapyModifier.code",
			"WrongTherapyModifier.expected", "MissingAssistantModifier.code", "MissingAssistantModifier.modifier",
			"MissingAssistantModifier.therapyModifier", "AssistantPaymentReduction.code",
			"AssistantPaymentReduction.modifier", "OverbilledUnits.code", "UnderbilledUnits.code",
			"DuplicateCodeMerged.code");

	@Test
	void findingsHoldNoTextBeyondCodesModifiersAndReferenceData() {
		List<String> text = new ArrayList<>();
		for (Class<?> record : recordsReachableFromFinding()) {
			for (RecordComponent component : record.getRecordComponents()) {
				if (mentionsString(component.getGenericType())) {
					text.add(record.getSimpleName() + "." + component.getName());
				}
			}
		}
		assertThat(text).as("text components of findings").containsExactlyInAnyOrderElementsOf(TEXT_ALLOWED);
	}

	@Test
	void everyKindOfFindingHasItsOwnDetailRecord() {
		assertThat(FindingDetail.class.getPermittedSubclasses()).allMatch(Class::isRecord)
			.hasSameSizeAs(FindingKind.values());
	}

	@Test
	void invalidServiceExceptionsSayLineFieldAndReasonAsValues() {
		InvalidServiceException ex = new InvalidServiceException(1, InvalidServiceException.Field.MINUTES,
				InvalidServiceException.Reason.NEGATIVE, "-5");
		assertThat(ex.line()).hasValue(1);
		assertThat(ex.field()).isEqualTo(InvalidServiceException.Field.MINUTES);
		assertThat(ex.reason()).isEqualTo(InvalidServiceException.Reason.NEGATIVE);
		assertThat(ex.value()).isEqualTo("-5");
		assertThat(Arrays.stream(InvalidServiceException.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
			.filter((method) -> method.getReturnType() == String.class)
			.map(Method::getName)).as("text an exception hands over").containsExactly("value");
		assertThatIllegalArgumentException().isThrownBy(() -> new InvalidServiceException(0,
				InvalidServiceException.Field.SERVICES, InvalidServiceException.Reason.TOO_MANY_SERVICES, "31"));
	}

	private static Set<Class<?>> recordsReachableFromFinding() {
		Set<Class<?>> seen = new HashSet<>();
		Deque<Class<?>> todo = new ArrayDeque<>(List.of(Finding.class));
		while (!todo.isEmpty()) {
			Class<?> type = todo.pop();
			if (!seen.add(type)) {
				continue;
			}
			if (type.isSealed()) {
				todo.addAll(List.of(type.getPermittedSubclasses()));
			}
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					classesIn(component.getGenericType(), todo);
				}
			}
		}
		seen.removeIf((type) -> !type.isRecord());
		return seen;
	}

	private static void classesIn(Type type, Deque<Class<?>> todo) {
		if (type instanceof Class<?> plain && plain.getPackageName().startsWith("io.tactus")) {
			todo.add(plain);
		}
		else if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				classesIn(argument, todo);
			}
		}
	}

	private static boolean mentionsString(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				if (mentionsString(argument)) {
					return true;
				}
			}
			return false;
		}
		return type == String.class || type == CharSequence.class || type == Object.class;
	}

}
