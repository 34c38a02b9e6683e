"""False matches found by the soundness probe's edits of session 36 (``benchmarks/
probe_value_changes.py``: swap a unit, raise an exponent, swap two letters).

- A unit's power written ``**2``, ``^4`` or as a word before it (``sq mm``, ``cubic cm``), a
  unit in capitals, a decimal comma written ``{,}`` and a value ending in a plain ``pi``: each
  hid a unit from the reader, so ``1250 sq mm`` matched ``1250 sq cm`` and ``9.81 s/m**2``
  matched ``9.81 m/s**2``.
- An answer read from prose dropped the unit after its number ("The answer is 150 m." answered
  ``150``), so it matched "150 km".
- Values given to names joined by logic's "and" read as one chain of equations:
  ``y=0 \\land x=42`` matched ``x=0 \\land y=42`` by their last sides.
- Semicolon-separated solutions of a system lost their names: ``q=5,p=2; q=7,p=2`` matched
  ``p=5,q=2; p=7,q=2``.
- Units behind a box around the whole answer or an answer label (``\\boxed{10\\text{ mm}}``
  matched ``\\boxed{10\\text{ cm}}``), after a power of ten in superscripts (``5×10⁻³ km``),
  and one-letter units after a value (``8–15 km`` matched ``8–15 m``).
- Units the reader never saw: after a label of a few letters (``area = 9 cm^3``), on every
  item of a list (``10 ft, 3 km`` matched ``10 ft, 3 m``) and in Russian (``128 см³`` matched
  ``128 см²``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from metacot_envs.tasks.math.answer.stated_units import measurement_unit
from metacot_envs.tasks.math.answer.unit_names import canonical_unit


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("3{,}5mm", "3{,}5cm", False),
        ("3{,}5 cm", "35 mm", True),
        ("1250 sq mm", "1250 sq cm", False),
        ("5 sq ft", "5 ft", False),
        ("5 sq ft", "5 ft^2", True),
        ("5 square meters", "5 m^2", True),
        ("2 cubic cm", "2 cm^3", True),
        ("5 km**2", "5 m**2", False),
        ("5 km**2", "5000000 m^2", True),
        ("9.81 s/m**2", "9.81 m/s**2", False),
        ("84 CM^3", "84 CM^2", False),
        ("84 CM^3", "84 cm^3", True),
        ("1.4MM", "1400000", True),
        ("1\\text{m}^4", "1\\text{m}^3", False),
        ("5 m^1", "5 m", True),
        ("9pi mm^2", "9pi cm^2", False),
        ("9pi cm^2", "9\\pi", True),
    ],
)
def test_check_equivalent__units_are_read_in_more_spellings(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("answer", "unit"),
    [("5 sq. ft", "ft^2"), ("5 cu in", "in^3"), ("5 KM", "km"), ("5 m**3", "m^3"), ("5 sq", None)],
)
def test_measurement_unit__reads_powers_written_as_words_or_python(
    answer: str, unit: str | None
) -> None:
    assert measurement_unit(answer) == unit


@pytest.mark.parametrize(
    ("spelling", "unit"),
    [("feet", "ft"), ("KG", "kg"), ("MM", None), ("km/h", "km/h"), ("apples", None), ("G", None)],
)
def test_canonical_unit__names_spellings_and_rates(spelling: str, unit: str | None) -> None:
    assert canonical_unit(spelling) == unit


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The answer is 150 km.", "150 km"),
        ("Final answer: 150 km", "150 km"),
        ("Answer: 150 km in total", "150 km"),
        ("So the distance is 150 km.", "150 km"),
        ("The area is 12 cm^2.", "12 cm^2"),
        ("It takes 3 hours to finish.", "3 hours"),
        # not units: a counted noun, "in" and "A" as words, a currency, a scale word
        ("She has 18 apples left.", "18"),
        ("The answer is 5 in total.", "5"),
        ("The answer is 3.5 USD.", "3.5"),
        ("The answer is 3 million people", "3 million"),
        ("It is 5 m.5", "5"),
    ],
)
def test_extract_answer__keeps_a_known_unit_after_the_number(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("The answer is 150 m.", "The answer is 150 km.", False),
        ("The answer is 150 km.", "The answer is 150000 m.", True),
        ("The answer is 150 km.", "150", True),
    ],
)
def test_check_equivalent__prose_answers_keep_their_units(
    candidate: str, reference: str, equal: bool
) -> None:
    read = [extract_answer(side) or side for side in (candidate, reference)]
    assert check_equivalent(*read).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("y=0 \\land x=42", "x=0 \\land y=42", False),
        ("x=0 \\land y=42", "y=42 \\land x=0", True),
        ("x=0 \\wedge y=42", "x=0, y=42", True),
        ("\\boxed{x=0 \\land y=42}", "42", False),
        ("-2 < x \\land x < 1", "(-2,1)", True),
    ],
)
def test_check_equivalent__values_joined_by_logical_and_are_a_system(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("q=5,p=2;q=7,p=2", "p=5,q=2;p=7,q=2", False),
        ("q=2,p=5;q=2,p=7", "p=5,q=2;p=7,q=2", True),
        ("p=7,q=2;p=5,q=2", "p=5,q=2;p=7,q=2", True),
        ("(q=5,p=2);(q=7,p=2)", "(p=5,q=2);(p=7,q=2)", False),
        ("(q=2,p=5);(q=2,p=7)", "(p=5,q=2);(p=7,q=2)", True),
        # against bare tuples, or systems in other letters, the values as written
        ("p=5,q=2;p=7,q=2", "(5,2),(7,2)", True),
        ("x=1,y=2;x=3,y=4", "a=3,b=4;a=1,b=2", True),
        ("x=1,y=2;x=3,y=4", "a=2,b=1;a=4,b=3", False),
    ],
)
def test_check_equivalent__listed_solutions_of_a_system_compare_by_name(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a name of a few letters labels a quantity as a one-letter name does
        ("area = 9 cm^3", "area = 9 cm^2", False),
        ("area = 9\\ \\text{cm}^3", "area = 9\\ \\text{cm}^2", False),
        ("area = 9 cm^2", "area = 900 mm^2", True),
        # lists whose every item is a quantity: each item keeps its unit
        ("10 ft, 3 km", "10 ft, 3 m", False),
        ("10 ft, 3 km", "3000 m, 10 ft", True),
        ("5 m; 6 m", "5 m; 6 cm", False),
        ("h = 8 cm, S = 128 cm^2", "S = 128 cm^2, h = 80 mm", True),
        ("h = 8 cm, S = 128 cm^2", "h = 128 cm^2, S = 8 cm", False),
        ("10 ft, 3 km", "10, 3", True),
        # Russian unit symbols, with powers and in \text
        ("128\\text{ см}^3", "128\\text{ см}^2", False),
        ("128 см³", "128 см²", False),
        ("128 см²", "128 cm^2", True),
        ("128 см", "1.28 м", True),
        ("90 км/ч", "25 м/с", True),
        ("S = 128\\text{ см}^3", "S = 128\\text{ см}^2", False),
        (
            "$h = 8\\text{ см},\\; S = 128\\text{ см}^3$",
            "$h = 8\\text{ см},\\; S = 128\\text{ см}^2$",
            False,
        ),
        (
            "$h = 8\\text{ см},\\; S = 128\\text{ см}^2$",
            "$S = 128\\text{ см}^2,\\; h = 8\\text{ см}$",
            True,
        ),
    ],
)
def test_check_equivalent__labelled_listed_and_russian_quantities_keep_their_units(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a box around the whole answer or an answer label hid the unit (checked unextracted)
        ("\\boxed{10\\text{ mm}}", "\\boxed{10\\text{ cm}}", False),
        ("\\boxed{10\\text{ mm}}", "1 cm", True),
        ("Final answer: 20 m", "Final answer: 20 km", False),
        ("Final answer: 20 m", "2000 cm", True),
        ("\\boxed{5}", "5", True),
        # a power of ten in superscripts
        ("5×10⁻³ km", "5×10⁻³ m", False),
        ("5×10⁻³ km", "5 m", True),
        ("5×10³ m", "5 km", True),
        # a one-letter unit after a value: in \text, or when the other side states a unit
        ("\\dfrac{41}{11} \\text{ m}", "\\dfrac{41}{11} \\text{ km}", False),
        ("8–15 km", "8–15 m", False),
        ("(3000 ± 20) km", "(3000 ± 20) m", False),
        ("sqrt(2) km", "sqrt(2) m", False),
        ("2\\pi h", "2\\pi h", True),
        ("\\frac{9}{2} \\text{ m}", "4.5 m", True),
    ],
)
def test_check_equivalent__units_behind_boxes_labels_and_lone_letters(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\begin{gather}y=1\\\\y=2\\end{gather}", "\\begin{gather}x=1\\\\y=2\\end{gather}", False),
        ("\\begin{gather}x=1\\\\y=2\\end{gather}", "x=1, y=2", True),
        ("\\begin{gather*}x=1\\\\y=2\\end{gather*}", "y=2, x=1", True),
        ("\\begin{gathered}x=1\\\\y=2\\end{gathered}", "x=2, y=1", False),
        (
            "\\begin{gathered} a = b \\\\ c = d \\end{gathered}",
            "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}",
            True,
        ),
    ],
)
def test_check_equivalent__a_gather_environment_of_equations_is_a_system(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # at the usual points e^{6(x^2+y^2)} passes 1e20, where + 1 leaves every float digit
        ("(72*x^2+6)*e^(6*(y^2+x^2)) + 1", "(72*x^2+6)*e^(6*(y^2+x^2))", False),
        ("(72*x^2+6)*e^(6*(y^2+x^2))", "6*e^(6*(y^2+x^2))+72*x^2*e^(6*(y^2+x^2))", True),
        ("e^{2x}", "(e^x)^2", True),
        ("2^{x+1}", "2 \\cdot 2^x", True),
    ],
)
def test_check_equivalent__a_constant_added_to_a_growing_exponential_shows(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("x = 2 / x = 3", "x=2 or x=3", True),
        ("x=3/x=2", "x=2orx=3", True),
        ("x = 2 / x = 3", "3", False),
        ("x = 2 / y = 3", "x = 2 / x = 3", False),
        ("x = 1/2", "0.5", True),
        ("y = x/2 = 3", "3", True),
    ],
)
def test_check_equivalent__roots_separated_by_slashes_are_a_list(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a tuple of names set equal to tuples of values: compared value by name
        ("(y, x) = (2, 1)", "(x, y) = (1, 2)", True),
        ("(y, x) = (1, 2)", "(x, y) = (1, 2)", False),
        (
            "(z, y, x) = (1, 2, 3) \\text{ or } (4,5,6)",
            "(x, y, z) = (1, 2, 3) \\text{ or } (4,5,6)",
            False,
        ),
        (
            "(z, y, x) = (3, 2, 1) \\text{ or } (6,5,4)",
            "(x, y, z) = (1, 2, 3) \\text{ or } (4,5,6)",
            True,
        ),
        # against bare tuples the values stay in the order written
        ("(x,y)=(1,2)", "(1,2)", True),
        ("(y,x)=(2,1)", "(1,2)", False),
    ],
)
def test_check_equivalent__a_labelled_tuple_compares_by_name(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("y ∈ (1,2)", "x ∈ (1,2)", False),
        ("y∈(1,2)", "x∈(1,2)", False),
        ("x ∈ (1,2)", "x \\in (1,2)", True),
        ("x ∈ (1,2)", "(1,2)", True),
    ],
)
def test_check_equivalent__a_membership_written_with_the_sign_is_for_its_name(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("g(x)=x, f(x)=-x", "f(x)=x, f(x)=-x", False),
        ("g(x) = x \\text{ or } f(x) = -x", "f(x) = x \\text{ or } f(x) = -x", False),
        ("f(x) = -x \\text{ or } f(x) = x", "f(x) = x \\text{ or } f(x) = -x", True),
        ("f(x)=x, g(x)=-x", "g(x)=-x, f(x)=x", True),
        ("f(x)=x, f(x)=-x", "x, -x", True),
        ("$f(x)=-1$,$g(x)=x+1$", "$f(x)=-1$,$f(x)=x+1$", False),
        ("f(x)=-1,f(x)=x+1", "f(x)=x+1,f(x)=-1", True),
    ],
)
def test_check_equivalent__a_list_of_function_values_keeps_its_function_names(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("[\\{1, 2\\}]", "[[1, 2]]", False),
        ("\\{1,2\\}", "\\begin{pmatrix}1&2\\end{pmatrix}", False),
        ("[(1, 2)]", "[[1, 2]]", True),
    ],
)
def test_check_equivalent__a_set_is_no_vector(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
