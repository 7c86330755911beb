package org.pyjit.interp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Float slots: which attributes get one, and how an instance leaves one (the invariant compiled code relies on). */
class ShapeTest {
    private static PyObject instance() {
        return new PyObject(PyType.newClass("P", new PyType[0], Map.of()));
    }

    @Test
    void anAttributeFirstSetToAFloatGetsAFloatSlotHoldingAnUnboxedFloat() {
        PyObject p = instance();
        p.setOwn("x", 1.5);
        p.setOwn("n", 3L);
        assertTrue(p.shape.isFloatSlot(0));
        assertFalse(p.shape.isFloatSlot(1));
        assertInstanceOf(UnboxedFloat.class, p.slots[0]);
        assertEquals(1.5, p.getOwn("x"));
        assertEquals(3L, p.getOwn("n"));
    }

    @Test
    void newInstancesStartWithTheRoomEarlierOnesGrewToUpToALimit() {
        PyObject first = instance();
        assertEquals(0, first.slots.length, "a class's first instance starts empty");
        for (String name : new String[] {"x", "y", "z"}) first.setOwn(name, 1.0);
        PyObject second = new PyObject(first.type);
        assertEquals(first.slots.length, second.slots.length);
        for (int i = 0; i < 40; i++) first.setOwn("a" + i, (long) i);
        assertTrue(new PyObject(first.type).slots.length <= PyType.MAX_INSTANCE_SLOTS,
                "one instance with many attributes does not make every instance big");
        second.setOwn("x", 2.0);
        assertEquals(2.0, second.getOwn("x"));
        assertNull(second.getOwn("y"), "room is not an attribute");
    }

    @Test
    void instancesTakingTheSameStepsShareShapes() {
        PyObject a = instance();
        PyObject b = new PyObject(a.type);
        a.setOwn("x", 1.0);
        b.setOwn("x", 2.0);
        assertSame(a.shape, b.shape);
        a.setOwn("x", 4.0);
        assertEquals(2.0, b.getOwn("x"), "a float slot is updated in place, and never shared");
    }

    @Test
    void storingANonFloatMakesTheSlotPlainAndKeepsTheOtherKinds() {
        PyObject p = instance();
        p.setOwn("x", 1.0);
        p.setOwn("name", "p");
        p.setOwn("y", 2.0);
        Shape before = p.shape;
        p.setOwn("x", 7L);
        assertNotSame(before, p.shape);
        assertFalse(p.shape.isFloatSlot(0));
        assertFalse(p.shape.isFloatSlot(1));
        assertTrue(p.shape.isFloatSlot(2));
        assertEquals(0, p.shape.slotOf("x"));
        assertEquals(2, p.shape.slotOf("y"));
        assertEquals(7L, p.getOwn("x"));
        assertEquals(2.0, p.getOwn("y"));
        p.setOwn("x", 0.5);
        assertEquals(0.5, p.getOwn("x"), "a plain slot takes floats too");
        assertFalse(p.shape.isFloatSlot(0));
    }

    @Test
    void deletingAFloatAttributeMakesTheSlotPlain() {
        PyObject p = instance();
        p.setOwn("x", 1.0);
        assertTrue(p.deleteOwn("x"));
        assertFalse(p.shape.isFloatSlot(0));
        assertNull(p.getOwn("x"));
        p.setOwn("x", 2.0);
        assertEquals(2.0, p.getOwn("x"));
    }

    @Test
    void onceAStepWasPlainNewInstancesTakeThePlainSlotAndTheFloatTransitionIsSuperseded() {
        PyObject first = instance();
        first.setOwn("x", 1.0);
        Shape floatShape = first.shape;
        assertFalse(floatShape.superseded());
        PyObject intOne = new PyObject(first.type);
        intOne.setOwn("x", 1L);
        assertTrue(floatShape.superseded());
        PyObject later = new PyObject(first.type);
        later.setOwn("x", 3.0);
        assertSame(intOne.shape, later.shape);
        assertFalse(later.shape.isFloatSlot(0));
        assertEquals(1.0, first.getOwn("x"), "instances already in the float shape keep it");
    }
}
