package org.pyjit.interp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * A class invalidates the assumptions it holds when it, or a base of it, changes; a dict those it holds for a
 * key when that key is bound, rebound or deleted; only then.
 */
class AssumptionTest {
    private static PyType newClass(String name, PyType base) {
        return PyType.newClass(name, new PyType[] {base}, new HashMap<>());
    }

    @Test
    void aChangeOfTheClassInvalidatesWhatItHolds() {
        PyType c = newClass("C", Types.OBJECT);
        Assumption a = new Assumption();
        Assumption b = new Assumption();
        c.addDependent(a);
        c.lookup("x");
        assertTrue(a.isValid(), "a lookup changes nothing");
        c.setAttribute("x", 1L);
        assertFalse(a.isValid());
        assertTrue(b.isValid(), "b was not held by C");
        c.addDependent(b);
        c.deleteAttribute("x");
        assertFalse(b.isValid(), "deleting an attribute is a change too");
    }

    @Test
    void aChangeOfABaseInvalidatesWhatItsSubclassesHoldButNotTheOtherWayRound() {
        PyType base = newClass("Base", Types.OBJECT);
        PyType sub = newClass("Sub", base);
        PyType other = newClass("Other", Types.OBJECT);
        Assumption onSub = new Assumption();
        Assumption onBase = new Assumption();
        Assumption onOther = new Assumption();
        sub.addDependent(onSub);
        base.addDependent(onBase);
        other.addDependent(onOther);
        sub.setAttribute("y", 2L);
        assertFalse(onSub.isValid());
        assertTrue(onBase.isValid(), "a subclass's change leaves its base as it was");
        base.setAttribute("z", 3L);
        assertFalse(onBase.isValid());
        assertTrue(onOther.isValid(), "an unrelated class");
    }

    @Test
    void aDictInvalidatesWhatItHoldsForAKeyWhenThatKeyChanges() {
        PyDict d = new PyDict();
        d.put("x", 1L);
        d.put("y", 2L);
        Assumption onX = new Assumption();
        Assumption onAbsentZ = new Assumption();
        d.addDependent("x", onX);
        d.addDependent("z", onAbsentZ);
        d.put("y", 3L);
        d.put("w", 4L);
        d.remove("y");
        assertTrue(onX.isValid() && onAbsentZ.isValid(), "other keys changed, even the dict's entries moved");
        d.put("x", 1L);
        assertFalse(onX.isValid(), "a rebinding, even to the same value");
        d.put("z", 5L);
        assertFalse(onAbsentZ.isValid(), "a key relied on as absent, bound");
        Assumption again = new Assumption();
        d.addDependent("x", again);
        d.remove("x");
        assertFalse(again.isValid(), "a deletion");
        assertEquals(2, d.changesOf("x"), "x was changed twice since it was relied on");
        assertEquals(0, d.changesOf("y"), "y never was");
    }

    @Test
    void clearingADictInvalidatesAllItHolds() {
        PyDict d = new PyDict();
        d.put("x", 1L);
        Assumption onX = new Assumption();
        Assumption onAbsent = new Assumption();
        d.addDependent("x", onX);
        d.addDependent("absent", onAbsent);
        d.clear();
        assertFalse(onX.isValid());
        assertFalse(onAbsent.isValid());
    }

    @Test
    void aShapeInvalidatesWhatItHoldsWhenAnInstanceLeavesIt() {
        PyType c = newClass("C", Types.OBJECT);
        PyObject a = new PyObject(c);
        a.setOwn("x", 1L);
        PyObject b = new PyObject(c);
        b.setOwn("x", 2L);
        Shape withX = a.shape;
        assertTrue(withX.keepsItsInstances());
        Assumption onX = new Assumption();
        withX.addDependent(onX);
        a.setOwn("x", 3L);
        assertTrue(onX.isValid(), "a rebinding keeps the shape");
        b.setOwn("y", 4L);
        assertFalse(onX.isValid(), "b left the shape");
        assertFalse(withX.keepsItsInstances());
        Assumption late = new Assumption();
        withX.addDependent(late);
        assertFalse(late.isValid(), "a shape instances have left is never relied on");
    }

    @Test
    void aFloatSlotMadePlainMovesTheInstanceOffItsShape() {
        PyType c = newClass("F", Types.OBJECT);
        PyObject a = new PyObject(c);
        a.setOwn("v", 1.5);
        Shape floats = a.shape;
        Assumption onFloats = new Assumption();
        floats.addDependent(onFloats);
        a.setOwn("v", 2.5);
        assertTrue(onFloats.isValid(), "a float stored in place");
        a.setOwn("v", "text");
        assertFalse(onFloats.isValid());
    }

    @Test
    void assumptionsOfCodeThrownAwayAreDroppedAsTheListGrows() {
        Dependents d = new Dependents();
        Assumption live = new Assumption();
        d.add(live);
        d.add(live);
        for (int i = 0; i < 20; i++) {
            Assumption dropped = new Assumption();
            d.add(dropped);
            dropped.invalidate();
        }
        assertTrue(d.size() <= 9, "at most 8 before the next clean-up, and the live one: " + d.size());
        d.invalidateAll();
        assertFalse(live.isValid());
        assertEquals(0, d.size());
    }
}
