package org.pyjit.interp.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.interp.runtime.format.TestValues.big;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of {@link PyHash}; expected hashes printed by CPython 3.11 (64-bit) with hash().
 * The tuple rows give the item hashes (as python3 computed them) and the hash of the whole tuple.
 */
class PyHashTest {
    static Stream<Arguments> longCases() {
        return Stream.of(
                Arguments.of(0L, 0L),
                Arguments.of(1L, 1L),
                Arguments.of(-1L, -2L),
                Arguments.of(-2L, -2L),
                Arguments.of(2L, 2L),
                Arguments.of(2305843009213693950L, 2305843009213693950L),
                Arguments.of(2305843009213693951L, 0L),
                Arguments.of(2305843009213693952L, 1L),
                Arguments.of(-2305843009213693951L, 0L),
                Arguments.of(-2305843009213693952L, -2L),
                Arguments.of(4611686018427387904L, 2L),
                Arguments.of(9223372036854775807L, 3L),
                Arguments.of(Long.MIN_VALUE, -4L),
                Arguments.of(123456789L, 123456789L),
                Arguments.of(-123456789L, -123456789L),
                Arguments.of(482757252141131806L, 482757252141131806L),
                Arguments.of(-2504292408717598463L, -198449399503904512L),
                Arguments.of(-3182024758164315075L, -876181748950621124L),
                Arguments.of(-2954847644336695365L, -649004635123001414L),
                Arguments.of(-2669030443282818727L, -363187434069124776L),
                Arguments.of(-5248735404444201490L, -637049386016813588L),
                Arguments.of(-6973782773777729944L, -56253746136648091L),
                Arguments.of(8252598772002829274L, 1335069744361747421L),
                Arguments.of(759979699447611876L, 759979699447611876L),
                Arguments.of(-5730075362829241945L, -1118389344401854043L),
                Arguments.of(8983348011851400013L, 2065818984210318160L),
                Arguments.of(-6450452388120712113L, -1838766369693324211L),
                Arguments.of(8650705890525123405L, 1733176862884041552L),
                Arguments.of(8022364171717736995L, 1104835144076655142L),
                Arguments.of(-799988639892813670L, -799988639892813670L),
                Arguments.of(8778479595112773844L, 1860950567471691991L),
                Arguments.of(-463958911734649317L, -463958911734649317L),
                Arguments.of(-9184289573617804200L, -2266760545976722347L),
                Arguments.of(6796278688255496012L, 2184592669828108110L),
                Arguments.of(-1372411281393685920L, -1372411281393685920L));
    }

    @ParameterizedTest(name = "hash({0}) == {1}")
    @MethodSource("longCases")
    void hashLong(long v, long expected) {
        assertEquals(expected, PyHash.hashLong(v));
    }

    static Stream<Arguments> bigCases() {
        return Stream.of(
                Arguments.of(big("9223372036854775808"), 4L),
                Arguments.of(big("-9223372036854775809"), -5L),
                Arguments.of(big("18446744073709551616"), 8L),
                Arguments.of(big("-18446744073709551616"), -8L),
                Arguments.of(big("5316911983139663491615228241121378302"), 2305843009213693950L),
                Arguments.of(big("5316911983139663491615228241121378303"), 0L),
                Arguments.of(big("1000000000000000000000000000000"), 465258685558744706L),
                Arguments.of(big("-1000000000000000000000000000000"), -465258685558744706L),
                Arguments.of(big("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376"), 16777216L),
                Arguments.of(big("-10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069375"), -16777215L),
                Arguments.of(big("28465631948743051825095"), 0L),
                Arguments.of(big("-6917529027641081854"), -2L),
                Arguments.of(big("990924229602391278060422451768613035404292415965450596020709"), 2087266218818278304L),
                Arguments.of(big("-89418707348217424215670741433121105261962183922796575429779"), -793285634830453033L),
                Arguments.of(big("-1169995222628728451747747594133620953276503292768889636900791"), -2274632834871234007L),
                Arguments.of(big("-1191720953809014413414612536140815855678018267446917446969549"), -366834818796837027L),
                Arguments.of(big("-1029342119572320330936635915934093254238968779262779582772333"), -1232769483194058377L),
                Arguments.of(big("1160420603084599006740674775718135233066749215032231269947039"), 1834670605494112934L),
                Arguments.of(big("-51832675316201748582154087302609526759600954658083961321533"), -1755889545047530376L),
                Arguments.of(big("700918112251882819537780809461897087374579803178168777769371"), 1601045738034734489L),
                Arguments.of(big("659242088922013217525629130985785522869506654827558561488925"), 2170657315427937341L),
                Arguments.of(big("-1007308803113836987816006393612646821853105763567761583088916"), -1771098747583935725L),
                Arguments.of(big("-1286657604640286618699676481392129593044486169037258797538235"), -893428361092339639L),
                Arguments.of(big("-365931536752943784052852406219511354134005828454041026810942"), -1090177633053043334L),
                Arguments.of(big("-1240359843230386052359768886163769023186259106207137611857693"), -854380420050664265L),
                Arguments.of(big("1145968254533428036500146104006863494055710456540717839138128"), 1438593747760286463L),
                Arguments.of(big("-416966764046808822511736613975291141071123338988268313674646"), -472745918092633425L));
    }

    @ParameterizedTest(name = "hash({0}) == {1}")
    @MethodSource("bigCases")
    void hashBig(java.math.BigInteger v, long expected) {
        assertEquals(expected, PyHash.hashBig(v));
    }

    static Stream<Arguments> doubleCases() {
        return Stream.of(
                Arguments.of(0.0, 0L),
                Arguments.of(-0.0, 0L),
                Arguments.of(1.0, 1L),
                Arguments.of(-1.0, -2L),
                Arguments.of(1.5, 1152921504606846977L),
                Arguments.of(-1.5, -1152921504606846977L),
                Arguments.of(0.5, 1152921504606846976L),
                Arguments.of(0.1, 230584300921369408L),
                Arguments.of(2.305843009213694e+18, 1L),
                Arguments.of(4.611686018427388e+18, 2L),
                Arguments.of(5e-324, 16777216L),
                Arguments.of(2.305843009213694e+18, 1L),
                Arguments.of(1e+300, 1224995262755759164L),
                Arguments.of(-1e+300, -1224995262755759164L),
                Arguments.of(1.7976931348623157e+308, 2234066890152476671L),
                Arguments.of(2.2250738585072014e-308, 32768L),
                Arguments.of(5e-324, 16777216L),
                Arguments.of(123456.789, 1819310134279660096L),
                Arguments.of(Double.POSITIVE_INFINITY, 314159L),
                Arguments.of(Double.NEGATIVE_INFINITY, -314159L),
                Arguments.of(9.223372036854776e+18, 4L),
                Arguments.of(-9.223372036854776e+18, -4L),
                Arguments.of(1e+16, 10000000000000000L),
                Arguments.of(3.141592653589793, 326490430436040707L),
                Arguments.of(-0.5, -1152921504606846976L),
                Arguments.of(-1.059336053027295e-168, -1157422733606233806L),
                Arguments.of(2.7398637852158973e-36, 1308830138394669070L),
                Arguments.of(1.7548620089726516e+183, 952303438618877440L),
                Arguments.of(-5.793362005113397e+300, -916440029772540306L),
                Arguments.of(3.360720880433871e-66, 392325814972689789L),
                Arguments.of(-9.908562520206244e+200, -233191813008387936L),
                Arguments.of(5.848662906357879e-235, 2177351066524350211L),
                Arguments.of(-2.3540640575070517e-206, -1009338149311638561L),
                Arguments.of(-1.5608343252069406e+88, -288782501727660615L),
                Arguments.of(-1.0053005891649422e+108, -15422232977904914L),
                Arguments.of(3.0918274951901826e+174, 2017899607274660507L),
                Arguments.of(-2.8663038986408864e-197, -1767766422450358529L),
                Arguments.of(-4.0838027659810414e-47, -671780439472974074L),
                Arguments.of(-541911247329943.06, -144657099323185815L),
                Arguments.of(-0.00015298537207616552, -288583136402425526L),
                Arguments.of(-2.35509836873794e-211, -2207883125569283541L),
                Arguments.of(181.10821266846537, 249521425089233077L),
                Arguments.of(-1.2796217175948156e-55, -1311590392000825345L),
                Arguments.of(-4.203680138717167e-233, -835179302212430371L),
                Arguments.of(-5.040844353891193e-254, -174808070048716711L),
                Arguments.of(Double.NaN, 0L));
    }

    @ParameterizedTest(name = "hash({0}) == {1}")
    @MethodSource("doubleCases")
    void hashDouble(double v, long expected) {
        assertEquals(expected, PyHash.hashDouble(v));
    }

    static Stream<Arguments> tupleCases() {
        return Stream.of(
                Arguments.of(new long[] {}, 5740354900026072187L, "()"),
                Arguments.of(new long[] {1L}, -6644214454873602895L, "(1,)"),
                Arguments.of(new long[] {1L, 2L, 3L}, 529344067295497451L, "(1, 2, 3)"),
                Arguments.of(new long[] {1L, 8409376899596376432L}, 7267574591690527098L, "(1, (2, 3))"),
                Arguments.of(new long[] {-2L}, 8078679518589016365L, "(-1,)"),
                Arguments.of(new long[] {-2L}, 8078679518589016365L, "(-2,)"),
                Arguments.of(new long[] {1152921504606846977L, 512L}, 7376841238500337674L, "(1.5, 1180591620717411303424)"),
                Arguments.of(new long[] {5740354900026072187L}, -5486347211504344842L, "((),)"),
                Arguments.of(new long[] {5740354900026072187L, 5740354900026072187L}, 9028247024705308198L, "((), ())"),
                Arguments.of(new long[] {1L, 0L}, -5164621852614943976L, "(True, False)"),
                Arguments.of(new long[] {0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L}, -9217304902224717415L, "(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)"),
                Arguments.of(new long[] {0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L}, -7222447081605638768L, "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"),
                Arguments.of(new long[] {0L}, -8753497827991233192L, "(2305843009213693951,)"),
                Arguments.of(new long[] {314159L}, -2935452247205758634L, "(inf,)"),
                Arguments.of(new long[] {1L, 2L}, -3550055125485641917L, "(1, 2)"),
                Arguments.of(new long[] {2L, 1L}, 6794810172467074373L, "(2, 1)"),
                Arguments.of(new long[] {-3550055125485641917L, 1079245023883434373L}, -1467267874458550984L, "((1, 2), (3, 4))"),
                Arguments.of(new long[] {-947036L}, 1921076258902882442L, "(-947036,)"),
                Arguments.of(new long[] {578584L}, 98119686176497192L, "(578584,)"),
                Arguments.of(new long[] {226010L, -318914L, 698161L, 523746L, 67468L, 993017L}, -1771846445967925478L, "(226010, -318914, 698161, 523746, 67468, 993017)"),
                Arguments.of(new long[] {}, 5740354900026072187L, "()"),
                Arguments.of(new long[] {587239L, 189404L}, -3145093810232142874L, "(587239, 189404)"),
                Arguments.of(new long[] {107927L, 999051L}, -3831631871185653391L, "(107927, 999051)"),
                Arguments.of(new long[] {-314153L, -649663L, 934534L}, -2216633970395905895L, "(-314153, -649663, 934534)"),
                Arguments.of(new long[] {663901L, 873740L, 36938L, 390985L, 21982L}, 4562348702804313082L, "(663901, 873740, 36938, 390985, 21982)"),
                Arguments.of(new long[] {900365L, 690364L}, 1733758127660340675L, "(900365, 690364)"),
                Arguments.of(new long[] {417692L, -695473L, -794269L}, 6324404139185002131L, "(417692, -695473, -794269)"));
    }

    @ParameterizedTest(name = "hash {2} == {1}")
    @MethodSource("tupleCases")
    void hashTuple(long[] itemHashes, long expected, String tuple) {
        assertEquals(expected, PyHash.hashTuple(itemHashes), tuple);
    }

    @org.junit.jupiter.api.Test
    void equalNumbersHashAlike() {
        assertEquals(PyHash.hashLong(1), PyHash.hashDouble(1.0));
        assertEquals(PyHash.hashBig(java.math.BigInteger.TWO.pow(70)), PyHash.hashDouble(Math.pow(2, 70)));
        assertEquals(PyHash.hashLong(-123456789), PyHash.hashDouble(-123456789.0));
    }
}
