r"""Rewrite a parsed answer into the value it states, before trees are compared.

Rules, each applied to both sides:

- Equation chains: ``x = 5+5+1 = 7 = 11`` states its last side: it reads as ``x = 11``,
  and is then settled as the equation of its two ends (``2(999+1) = 2 \\cdot 1000 = 2000``
  states ``2000``);
  an equation without letters (``2 + 3 = 5``) states its right side, and so does one whose
  left side computes with constants only (``e^{i\pi} = -1``, ``2\pi = 6.28``; a lone
  ``\pi = 3.14`` stays an equation). Such an equation that plainly does not hold
  (``7 = 42``; see :func:`_is_false`) states nothing and stays
  an equation, equal to no value. An identity, an expression set equal to the same
  function written another way (``x(x+1) - 3 = x^2 + x - 3``, as a simplification ends),
  states its right side too.
- Approximations: ``a \approx b`` states ``a`` (the exact value), unless ``a`` is only a
  name (``x \approx 11``), which states ``b``. ``x = 1/3 \approx 0.33`` reads as ``x = 1/3``.
- Assignments: ``name = value`` against a plain value compares the value. A name is built
  from letters only: ``x``, ``f(x)``, ``(p, q)``, ``|AB|``, ``\frac{NO}{BO}``, ``V_1:V_2``,
  and the value may not use the name's letters (``x = 2x - 3`` is an equation). Written the
  other way round, ``value = name`` (``2 = x``, the value without variables) is the same.
  A derivative in Leibniz's notation names it too: ``\frac{d}{dx}(x^2) = 2x`` and
  ``\frac{dy}{dx} = 2x`` state ``2x``.
- Semicolon groups: ``p=5,q=2; p=7,q=2`` is a list of tuples ``(5, 2), (7, 2)``; groups that
  each give values to the same names compare value by name against another such list
  (``q=2,p=5; q=2,p=7`` is that list too, ``q=5,p=2; q=7,p=2`` is not).
- Worked arithmetic: a list whose items are all equations of numbers that hold
  (``16 - 3 - 4 = 9, 9 \cdot 2 = 18``) is steps of one computation and states the last result;
  its last step may name what it computes (``..., m+n = 29``). Equations in one variable
  followed by that variable's value, which each of them holds for (``360 + 2x = 600, x = 120``),
  state the value.
- Against a constant, a candidate chain of three or more sides ending in a nonzero constant
  states that constant, whatever its first side holds (:func:`chain_result`).

Inequalities are read as the intervals they describe in :mod:`inequality_intervals`.
"""

from __future__ import annotations

from fractions import Fraction
from typing import cast

from metacot_envs.tasks.math.answer.budget import Budget, SizeLimitExceeded
from metacot_envs.tasks.math.answer.decimal_precision import half_unit_in_last_place
from metacot_envs.tasks.math.answer.exact_arithmetic import EvaluationError
from metacot_envs.tasks.math.answer.expression_eval import numeric_value
from metacot_envs.tasks.math.answer.expression_tree import (
    AnswerList,
    Bracketed,
    Constant,
    Div,
    Func,
    Mul,
    Node,
    Number,
    Pow,
    Relation,
    Symbol,
    Union,
)
from metacot_envs.tasks.math.answer.symbolic_points import collect_symbols, sample_points, walk


def settle_answer(node: Node, budget: Budget) -> Node:
    """``node`` with chains and approximations settled and semicolon groups made tuples."""
    if isinstance(node, AnswerList):
        if _is_worked_computation(node, budget) or _is_solved_equation(node, budget):
            return settle_answer(node.items[-1], budget)  # "2+3=5, 5*2=10" states 10
        items = tuple(settle_answer(item, budget) for item in node.items)
        if any(isinstance(item, AnswerList) for item in node.items):
            if _listed_systems(AnswerList(items), budget) is not None:
                # each group keeps its names, so that two such lists compare value by name
                # (drop_variable_assignment); against tuples they are dropped there
                return AnswerList(tuple(_as_tuple(item) for item in items))
            if _named_apart(items):
                return AnswerList(items)  # a = 2, c = -4; a = 5, b = 6: the names tell
            items = tuple(_group_as_tuple(item) for item in items)
        return AnswerList(items)
    if isinstance(node, Relation):
        return _settle_relation(node, budget)
    if isinstance(node, Union):
        sets = [
            p
            for p in node.parts
            if isinstance(p, Bracketed) and (p.opening, p.closing) == ("{", "}")
        ]
        if len(sets) == len(node.parts):
            return _finite_union(sets)
    return node


def _finite_union(sets: list[Bracketed]) -> Bracketed:
    """``\\{1, 2\\} \\cup \\{2, 3\\}`` as the one set ``\\{1, 2, 3\\}`` it is: every item once,
    an item written the same way in two sets counted once."""
    items: dict[Node, None] = {}
    for part in sets:
        items.update(dict.fromkeys(part.items))
    return Bracketed("{", tuple(items), "}")


def _settle_relation(node: Relation, budget: Budget) -> Node:
    if "~=" in node.ops:
        cut = node.ops.index("~=")
        if cut == 0:
            exact = node.operands[0]
            return settle_answer(node.operands[1], budget) if is_name(exact) else exact
        return _settle_relation(Relation(node.ops[:cut], node.operands[: cut + 1]), budget)
    if len(node.operands) > 2 and set(node.ops) == {"="}:
        # the chain as its two ends, settled like any equation: "2(999+1) = 2000" states 2000
        return _settle_relation(Relation(("=",), (node.operands[0], node.operands[-1])), budget)
    if node.ops == ("=",) and not any(_has_letters(o, budget) for o in node.operands):
        # "2 + 3 = 5": a computation states its result; "7 = 42" states nothing
        return node if _is_false(node, budget) else node.operands[1]
    if node.ops == ("=",) and _is_constant_computation(node.operands[0], budget):
        if not collect_symbols(node.operands[1], budget) and not _is_false(node, budget):
            return node.operands[1]  # "e^{i\pi} = -1", "2\pi = 6.28": constants computed
    if node.ops == ("=",) and _is_identity(node, budget):
        return node.operands[1]  # "x(x+1) = x^2 + x": a simplification states its result
    return node


EXACT_EQUATION_TOLERANCE = 1e-9
"""relative gap within which two sides with no decimal literal are equal (float error)"""


def _is_false(node: Relation, budget: Budget) -> bool:
    """Whether an equation of constants plainly does not hold (``7 = 42``, ``1 = \\frac12``).

    A side written as a decimal states its value to its last place, rounded or cut off:
    ``2\\pi = 6.28``, ``\\sqrt2 = 1.4`` and ``\\frac13 = 0.3`` hold (sides within one unit of
    the coarser decimal's last place). Other sides must agree up to float error. A percent
    may be a number or a share (``\\frac12 = 50\\%``): false only when false read either way.
    """
    units = [half_unit_in_last_place(side, 1) for side in node.operands]
    stated = [2 * unit for unit in units if unit is not None]
    for scale in (1.0, 0.01):
        try:
            left, right = (numeric_value(side, {}, budget, scale) for side in node.operands)
        except (EvaluationError, SizeLimitExceeded):
            return False  # not computable here: read as before, a computation and its result
        gap = abs(left - right)
        size = max(abs(left), abs(right), 1.0)
        tolerance = float(max(stated)) if stated else 0.0
        if gap <= tolerance + EXACT_EQUATION_TOLERANCE * size:
            return False
    return True


def _is_identity(node: Relation, budget: Budget) -> bool:
    """Whether an equation sets an expression (not a name) equal to the same function of
    the same variables, at every sample point to float error."""
    left, right = node.operands
    symbols = collect_symbols(left, budget)
    if is_name(left) or not symbols or collect_symbols(right, budget) != symbols:
        return False
    compared = 0
    for point in sample_points(sorted(symbols)):
        try:
            values = [numeric_value(side, point, budget) for side in node.operands]
        except (EvaluationError, SizeLimitExceeded, ValueError):
            continue
        gap = abs(values[0] - values[1])
        if gap > EXACT_EQUATION_TOLERANCE * max(abs(values[0]), abs(values[1]), 1.0):
            return False
        compared += 1
    return compared > 0


def _is_worked_computation(node: AnswerList, budget: Budget) -> bool:
    """Whether a list is steps of arithmetic, each an equation of numbers that holds
    (``16 - 3 - 4 = 9, 9 * 2 = 18``, as GSM8K solutions write them), not a list of answers.
    The last step may name what it computes (``\\frac16 + \\frac1{24} = \\frac5{24}, m+n = 29``)."""
    *steps, last = node.items
    return (
        bool(steps)
        and all(
            isinstance(item, Relation)
            and set(item.ops) == {"="}
            and not any(_has_letters(side, budget) for side in item.operands)
            and not _is_false(Relation(("=",), (item.operands[0], item.operands[-1])), budget)
            for item in steps
        )
        and isinstance(last, Relation)
        and set(last.ops) == {"="}
        and (
            bool(collect_symbols(last.operands[0], budget))
            or not any(_has_letters(side, budget) for side in last.operands)
            and not _is_false(Relation(("=",), (last.operands[0], last.operands[-1])), budget)
        )
    )


def _is_solved_equation(node: AnswerList, budget: Budget) -> bool:
    """Whether a list is equations in one variable and then that variable's value, for which
    each of them holds (``360 + 2x = 600, x = 120``; ``k - 1 = 1, k = 2``): a worked solution
    stating its last line, not a list of answers (``x = 1, x = 2`` is two roots)."""
    *steps, last = node.items
    if not (steps and isinstance(last, Relation) and is_assignment(last, budget)):
        return False
    name = last.operands[0]
    if not isinstance(name, Symbol) or collect_symbols(last.operands[1], budget):
        return False
    try:
        value = numeric_value(last.operands[1], {}, budget)
        for step in steps:
            if not (
                isinstance(step, Relation)
                and step.ops == ("=",)
                and not is_assignment(step, budget)
                and collect_symbols(step, budget) == {name.name}
            ):
                return False
            left, right = (
                numeric_value(side, {name.name: value}, budget) for side in step.operands
            )
            if abs(left - right) > EXACT_EQUATION_TOLERANCE * max(abs(left), abs(right), 1.0):
                return False
    except (EvaluationError, SizeLimitExceeded):
        return False
    return True


def _is_constant_computation(node: Node, budget: Budget) -> bool:
    r"""An expression of numbers and constants (``e``, ``i``, ``\pi``) only, not a lone one."""
    return not isinstance(node, (Constant, Number, Symbol)) and not collect_symbols(node, budget)


def _has_letters(node: Node, budget: Budget) -> bool:
    return bool(collect_symbols(node, budget)) or any(
        isinstance(n, Constant) for n in walk(node, budget)
    )


def _as_tuple(item: Node) -> Node:
    return Bracketed("(", item.items, ")") if isinstance(item, AnswerList) else item


def _named_apart(groups: tuple[Node, ...]) -> bool:
    """Whether every group is values given to names and the groups name different sets of
    them (``a = 2, c = -4; a = 5, b = 6``): no system's solutions, so the names stay, which
    the values alone in a tuple would lose."""
    names = []
    for group in groups:
        if not isinstance(group, AnswerList):
            return False
        members = group.items
        if not all(
            isinstance(m, Relation) and m.ops == ("=",) and is_name(m.operands[0]) for m in members
        ):
            return False
        names.append(frozenset(repr(cast(Relation, m).operands[0]) for m in members))
    return len(set(names)) > 1


def _group_as_tuple(item: Node) -> Node:
    if not isinstance(item, AnswerList):
        return item
    values = tuple(
        member.operands[1]
        if isinstance(member, Relation) and member.ops == ("=",) and is_name(member.operands[0])
        else member
        for member in item.items
    )
    return Bracketed("(", values, ")")


_NAMING_FUNCTIONS = frozenset({"abs", "sin", "cos", "tan", "cot", "sec", "csc"})
"""functions whose value at a name is itself a name (``|AB| = 5``, ``\\sin T = \\frac35``)"""


def is_name(node: Node) -> bool:
    """Whether ``node`` only names something: letters, products, ratios, tuples of them."""
    if isinstance(node, Symbol):
        return True
    if isinstance(node, Constant):
        return node.name in ("e", "i")
    if isinstance(node, Mul):
        return all(is_name(f) for f in node.factors) and _has_symbol(node)
    if isinstance(node, Div):
        return is_name(node.numerator) and is_name(node.denominator)
    if isinstance(node, Func):
        # |AB| and sin T name a length and a ratio, as a letter names a value
        return node.name in _NAMING_FUNCTIONS and len(node.args) == 1 and is_name(node.args[0])
    if isinstance(node, Bracketed):
        return node.opening in ("(", ":") and bool(node.items) and all(map(is_name, node.items))
    return False


def _has_symbol(node: Node) -> bool:
    if isinstance(node, Symbol):
        return True
    return isinstance(node, Mul) and any(_has_symbol(f) for f in node.factors)


def is_assignment(node: Node, budget: Budget) -> bool:
    """``name = value`` where the value does not use the name's letters (or ``f(x) = ...``)."""
    if not isinstance(node, Relation) or node.ops != ("=",):
        return False
    lhs, rhs = node.operands
    if is_name(lhs) and not collect_symbols(lhs, budget) & collect_symbols(rhs, budget):
        return True
    if _is_derivative_label(lhs):
        return True  # \frac{d}{dx}(x^2) = 2x, \frac{dy}{dx} = 2x: the derivative's value
    if isinstance(lhs, Mul) and isinstance(lhs.factors[0], Symbol):
        name = lhs.factors[0].name  # f(x) = 2x + 1
    elif isinstance(lhs, Mul) and isinstance(lhs.factors[0], Pow):
        inverse = lhs.factors[0].base  # f^{-1}(x) = ...
        if not isinstance(inverse, Symbol):
            return False
        name = inverse.name
    else:
        return False
    return name not in collect_symbols(rhs, budget)


def _is_derivative_label(node: Node) -> bool:
    """``\\frac{d}{dx}`` (times what it differentiates), ``\\frac{dy}{dx}`` or
    ``\\frac{d^2y}{dx^2}``: Leibniz's notation for a derivative, which names it."""
    if isinstance(node, Mul):
        node = node.factors[0]
    if not isinstance(node, Div):
        return False
    top = node.numerator.factors if isinstance(node.numerator, Mul) else (node.numerator,)
    bottom = node.denominator.factors if isinstance(node.denominator, Mul) else ()
    return (
        _is_d(top[0])
        and len(top) <= 2
        and all(isinstance(f, Symbol) for f in top[1:])
        and len(bottom) == 2
        and _is_d(bottom[0])
        and isinstance(bottom[1].base if isinstance(bottom[1], Pow) else bottom[1], Symbol)
    )


def _is_d(node: Node) -> bool:
    """The differential ``d`` (or ``d^n`` of a higher derivative)."""
    if isinstance(node, Pow) and isinstance(node.exponent, Number):
        node = node.base
    return node == Symbol("d")


def _is_value_then_name(node: Relation, budget: Budget) -> bool:
    """``2 = x``: an assignment written the other way round, a value without variables on the
    left and only a name with a variable on the right (``2 = 2x``, ``2 = x + 1`` stay equations)."""
    if node.ops != ("=",):
        return False
    value, name = node.operands
    return (
        is_name(name) and bool(collect_symbols(name, budget)) and not collect_symbols(value, budget)
    )


def strip_assignment(node: Node, budget: Budget) -> Node:
    """The value of an assignment (item-wise in a list); other nodes unchanged."""
    if isinstance(node, Relation) and is_assignment(node, budget):
        return node.operands[1]
    if isinstance(node, Relation) and _is_value_then_name(node, budget):
        return node.operands[0]
    if isinstance(node, AnswerList):
        return AnswerList(tuple(strip_assignment(item, budget) for item in node.items))
    return node


def drop_variable_assignment(candidate: Node, reference: Node, budget: Budget) -> tuple[Node, Node]:
    """``x = 3`` vs ``3``: keep only the value, unless both sides are equations.

    Two equations that define one function, ``y = ...`` against ``f(x) = ...`` or ``z = ...``
    against ``z(r) = ...``, compare their values too: ``y`` and ``f(x)``, ``z`` and ``z(r)``,
    are two spellings of the function's value.
    """
    tuples = _labelled_tuples(candidate), _labelled_tuples(reference)
    if tuples[0] is not None and tuples[1] is not None and tuples[0][0] == tuples[1][0]:
        return tuples[0][1], tuples[1][1]  # (y, x) = (2, 1) is (x, y) = (1, 2)
    if isinstance(candidate, Relation) and isinstance(reference, Relation):
        first, second = _function_label(candidate, budget), _function_label(reference, budget)
        if first is not None and second is not None and _one_function(first, second):
            return candidate.operands[1], reference.operands[1]
        return candidate, reference
    listed = _listed_systems(candidate, budget), _listed_systems(reference, budget)
    if listed[0] is not None and listed[1] is not None:
        if listed[0][0] == listed[1][0]:
            return listed[0][1], listed[1][1]
        return _written_values(candidate), _written_values(reference)  # in other letters
    pairs = _assignments(candidate, budget), _assignments(reference, budget)
    systems = _system_values(pairs[0]), _system_values(pairs[1])
    if systems[0] is not None and systems[1] is not None and systems[0][0] == systems[1][0]:
        return systems[0][1], systems[1][1]
    names = [None if side is None else {name for name, _ in side} for side in pairs]
    if (
        names[0] is not None
        and names[1] is not None
        and names[0] != names[1]
        and (1 in (len(names[0]), len(names[1])) or names[0] & names[1])
    ):
        # one variable's solution set against other names: x = 2 or y = 3 is not x = 2 or
        # x = 3 (item by item); nor is a system that shares some names with the other but
        # not all (a_3 = 2 where a_7 = 2 is asked); two systems in other letters still
        # compare their values
        return candidate, reference
    labels = _assignment_labels(candidate, budget), _assignment_labels(reference, budget)
    if (
        labels[0] is not None
        and labels[1] is not None
        and labels[0][0] != labels[1][0]
        and (
            labels[0][1]
            or labels[1][1]
            or set(labels[0][0]) & set(labels[1][0])
            or 1 in (len(set(labels[0][0])), len(set(labels[1][0])))
        )
    ):
        # km = 1, n = 2 is not m = 1, n = 2, nor cos B = 0, 6 sin B = 0, 6: what each value
        # is given to differs, and is no plain name another letter could stand for; nor is
        # x_1 = 2, x_3 = -4; ... the list x_1 = 2, x_2 = -4; ...: they share some names, so
        # theirs are no other letters for the same variables; nor is y = 1, 2 the list
        # x = 1, 2: one variable's values, as y = 3 is not x = 3
        return candidate, reference
    calls = _called_names(candidate, budget), _called_names(reference, budget)
    if calls[0] is not None and calls[1] is not None and calls[0] != calls[1]:
        # f(x) = x or g(x) = -x is not f(x) = x or f(x) = -x: g is another function
        return candidate, reference
    candidate, reference = strip_assignment(candidate, budget), strip_assignment(reference, budget)
    return _computed_value(candidate, reference, budget), reference


def _assignment_labels(node: Node, budget: Budget) -> tuple[tuple[str, ...], bool] | None:
    """The left sides of a list's assignments (its solutions' too) in a fixed order, and
    whether one of them is more than a plain name (``km``, ``\\cos B``, ``f(x)``: no letter another could stand
    for, as in a system written in other letters); None for a list without assignments or
    anything else."""
    if not isinstance(node, AnswerList):
        return None
    items = [
        inner
        for item in node.items
        for inner in (item.items if isinstance(item, AnswerList) else (item,))
    ]  # a list of a system's solutions (x = 1, y = 2; x = 3, y = 4) gives each one's names
    labels = [
        item.operands[0]
        for item in items
        if isinstance(item, Relation) and is_assignment(item, budget)
    ]
    if not labels:
        return None
    compound = not all(isinstance(label, Symbol) for label in labels)
    return tuple(sorted(repr(label) for label in labels)), compound


def _called_names(node: Node, budget: Budget) -> frozenset[str] | None:
    """The function names a list of function values labels (``f(x) = x, g(x) = -1``: f and
    g), or None when it is no list or an item is labelled otherwise."""
    if not isinstance(node, AnswerList) or len(node.items) < 2:
        return None
    names = set()
    for item in node.items:
        if not (isinstance(item, Relation) and is_assignment(item, budget)):
            return None
        call = item.operands[0]
        if not (
            isinstance(call, Mul)
            and len(call.factors) == 2
            and all(isinstance(factor, Symbol) for factor in call.factors)
        ):
            return None
        names.add(cast(Symbol, call.factors[0]).name)
    return frozenset(names)


def chain_result(candidate: Node, reference: Node, budget: Budget) -> Node:
    """A candidate chain of three or more sides (``f(-2)+f(-1)+f(0) = 2+\\frac53+1 =
    \\frac{14}{3}``, ``a_1^9 = (-1)^3 = -1``) ending in a nonzero constant, against a constant
    reference: the constant it computes, as a worked solution's last line states it, whatever
    its first side holds, when its constant sides agree with it (``3 \\cdot 50 = 151``
    states nothing). A two-sided equation of one name (``2x = 6``) stays one to solve
    (:func:`_computed_value`), a chain ending in zero a condition, and a reference equation
    still asks for one. Read before the chain is settled to its two ends.

    A list of relations (equations, or conditions such as ``x \\ge 1.1``) whose last one, an
    equation, states a value that way, or is a computation of constants (``c = 14, a_1 = 14 \\cdot 6^2 = 504``; ``\\sin(-\\frac{\\pi}{6}) = -\\frac12,
    \\arcsin(-\\frac12) = -\\frac{\\pi}{6}``), is a derivation: against a reference of the same
    shape (a tuple for a tuple, one value for one value) it states that value. A list of
    assignments (``x = 2, y = 3``) is no derivation: its last line states no computation."""
    if isinstance(candidate, AnswerList):
        return _derivation_result(candidate, reference, budget)
    if (
        isinstance(candidate, Relation)
        and len(candidate.operands) > 2
        and set(candidate.ops) == {"="}
        and not isinstance(reference, Relation | AnswerList)
        and not collect_symbols(candidate.operands[-1], budget)
        and not collect_symbols(reference, budget)
        and candidate.operands[-1] != Number(Fraction(0))
        and not any(
            _is_false(Relation(("=",), (side, candidate.operands[-1])), budget)
            for side in candidate.operands[:-1]
            if not collect_symbols(side, budget)
        )
    ):
        return candidate.operands[-1]
    return candidate


def _derivation_result(candidate: AnswerList, reference: Node, budget: Budget) -> Node:
    if (
        len(candidate.items) < 2
        or isinstance(reference, Relation | AnswerList)
        or collect_symbols(reference, budget)
        or not all(isinstance(item, Relation) for item in candidate.items)
    ):
        return candidate
    last = candidate.items[-1]
    if not isinstance(last, Relation) or set(last.ops) != {"="}:
        return candidate
    value = chain_result(last, reference, budget)
    if value is last:
        value = _settle_relation(last, budget) if len(last.operands) == 2 else last
        if isinstance(value, Relation) or collect_symbols(value, budget):
            return candidate
    if isinstance(value, Bracketed) != isinstance(reference, Bracketed):
        return candidate
    return value


def _computed_value(candidate: Node, reference: Node, budget: Budget) -> Node:
    """A candidate ``a+b = -1+5 = 4`` (settled to ``a+b = 4``) against a constant reference
    (``4``): the nonzero constant it computes, as a worked solution's last line states it. Only
    with two or more names on the left: ``2x = 6`` and ``x^2 = 4`` are equations to solve, not
    values. An equation set to zero is a condition (``5x-7y+11z+4=0`` is a plane, not ``0``),
    and a reference written as an equation asks for one (``0`` is not ``a + 3z = 0``)."""
    if (
        isinstance(candidate, Relation)
        and candidate.ops == ("=",)
        and not isinstance(reference, Relation | AnswerList)
        and not collect_symbols(candidate.operands[1], budget)
        and not collect_symbols(reference, budget)
        and len(collect_symbols(candidate.operands[0], budget)) >= 2
        and candidate.operands[1] != Number(Fraction(0))
    ):
        return candidate.operands[1]
    return candidate


def _assignments(node: Node, budget: Budget) -> list[tuple[str, Node]] | None:
    """The names and values of a list of assignments to plain names (``x = 2 or x = 3``:
    ``("x", 2), ("x", 3)``), or None for anything else."""
    if not isinstance(node, AnswerList):
        return None
    pairs = []
    for item in node.items:
        if not (isinstance(item, Relation) and is_assignment(item, budget)):
            return None
        if not isinstance(name := item.operands[0], Symbol):
            return None
        pairs.append((name.name, item.operands[1]))
    return pairs


def _system_values(pairs: list[tuple[str, Node]] | None) -> tuple[tuple[str, ...], Node] | None:
    """Assignments (:func:`_assignments`) to distinct variables (``x = 1, y = 2``, a system's
    solution) as their names in order and the tuple of their values in that order; None for
    anything else.

    Two systems over the same variables compare value by name (``x = 1, y = 2`` is
    ``y = 2, x = 1`` but not ``x = 2, y = 1``), where stripping the names would compare
    the values in any order. Repeated names (``x = 1, x = 2``: a solution set) are no system.
    """
    named = dict(pairs or ())
    if pairs is None or len(named) != len(pairs):
        return None
    names = tuple(sorted(named))
    return names, Bracketed("(", tuple(named[name] for name in names), ")")


def _listed_systems(node: Node, budget: Budget) -> tuple[tuple[str, ...], Node] | None:
    """A list of a system's solutions over the same names (``p = 5, q = 2; p = 7, q = 2``) as
    those names and the list of each solution's tuple of values in their order, so that two
    such lists compare value by name (``q = 5, p = 2; q = 7, p = 2`` is not the list above),
    where stripping the names would compare each solution's values in any order."""
    if not isinstance(node, AnswerList) or len(node.items) < 2:
        return None
    names: tuple[str, ...] | None = None
    solutions = []
    for item in node.items:
        if isinstance(item, Bracketed) and item.opening != "(":
            return None
        system = _system_values(_assignments(_as_list(item), budget))
        if system is None or (names is not None and system[0] != names):
            return None
        names = system[0]
        solutions.append(system[1])
    assert names is not None
    return names, AnswerList(tuple(solutions))


def _labelled_tuples(node: Node) -> tuple[tuple[str, ...], Node] | None:
    """A tuple of names set equal to a tuple of values (``(x, y) = (1, 2)``), or to several
    such tuples listed after the first (``(x, y, z) = (1, 2, 3) \\text{ or } (4, 5, 6)``), as
    the names in order and the values in that order (one tuple, or the list of them), so that
    two such answers compare value by name; None for anything else."""
    first = node.items[0] if isinstance(node, AnswerList) and node.items else node
    if not (isinstance(first, Relation) and first.ops == ("=",)):
        return None
    names, values = first.operands
    if not (isinstance(names, Bracketed) and names.opening == "(" and len(names.items) > 1):
        return None
    labels = [item.name for item in names.items if isinstance(item, Symbol)]
    if len(labels) != len(names.items) or len(set(labels)) != len(labels):
        return None
    rows = [values, *(node.items[1:] if isinstance(node, AnswerList) else ())]
    if not all(
        isinstance(row, Bracketed) and row.opening == "(" and len(row.items) == len(labels)
        for row in rows
    ):
        return None
    order = sorted(range(len(labels)), key=lambda index: labels[index])
    tuples = [
        Bracketed("(", tuple(row.items[index] for index in order), ")")
        for row in rows
        if isinstance(row, Bracketed)
    ]
    named = tuple(labels[index] for index in order)
    return named, tuples[0] if not isinstance(node, AnswerList) else AnswerList(tuple(tuples))


def _written_values(node: Node) -> Node:
    """A list of systems' solutions as the tuples of their values in the order written."""
    assert isinstance(node, AnswerList)
    return AnswerList(tuple(_group_as_tuple(_as_list(item)) for item in node.items))


def _as_list(item: Node) -> Node:
    return AnswerList(item.items) if isinstance(item, Bracketed) else item


def _function_label(node: Relation, budget: Budget) -> tuple[str, str] | None:
    """``("name", "z")`` for ``z = value``, ``("call", "f")`` for ``f(x) = value`` whose value
    uses ``x``, else None."""
    if not is_assignment(node, budget):
        return None
    lhs = node.operands[0]
    if isinstance(lhs, Symbol):
        return "name", lhs.name
    if isinstance(lhs, Mul) and len(lhs.factors) == 2:
        name, argument = lhs.factors
        if (
            isinstance(name, Symbol)
            and isinstance(argument, Symbol)
            and argument.name in collect_symbols(node.operands[1], budget)
        ):
            return "call", name.name
    return None


def _one_function(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether a name and a call label one function's value: ``y`` and any ``f(x)``, or a
    name and a call of that name (``z`` and ``z(r)``)."""
    if first[0] == second[0]:
        return False
    name = first if first[0] == "name" else second
    call = second if name is first else first
    return name[1] in ("y", call[1])
