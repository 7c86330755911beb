package org.pyjit.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.interp.runtime.format.TestValues.outcome;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyjit.interp.runtime.format.FloatRepr;

/**
 * Tests of {@link MersenneTwister} against CPython 3.11's random.Random: the expected streams were printed
 * by python3 after seeding with the same int or str (random(), getrandbits(k), _randbelow(n), getstate()).
 */
class MersenneTwisterTest {
    static Stream<Arguments> randomCases() {
        return Stream.of(
                Arguments.of(new BigInteger("0"), "0.8444218515250481 0.7579544029403025 0.420571580830845 0.25891675029296335 0.5112747213686085"),
                Arguments.of(new BigInteger("1"), "0.13436424411240122 0.8474337369372327 0.763774618976614 0.2550690257394217 0.49543508709194095"),
                Arguments.of(new BigInteger("42"), "0.6394267984578837 0.025010755222666936 0.27502931836911926 0.22321073814882275 0.7364712141640124"),
                Arguments.of(new BigInteger("12345"), "0.41661987254534116 0.010169169457068361 0.8252065092537432 0.2986398551995928 0.3684116894884757"),
                Arguments.of(new BigInteger("-5"), "0.6229016948897019 0.7417869892607294 0.7951935655656966 0.9424502837770503 0.7398985747399307"),
                Arguments.of(new BigInteger("4294967295"), "0.6353574441341173 0.20319993954407756 0.6073666030347188 0.29133552762158776 0.3400278163075766"),
                Arguments.of(new BigInteger("4294967296"), "0.11299430095636409 0.41782886486292836 0.0166763664992291 0.6117214625782752 0.8056470212514185"),
                Arguments.of(new BigInteger("18446744073709551623"), "0.9625990769630326 0.3272511366623422 0.7736351002133397 0.6721663769510002 0.5100496554521924"),
                Arguments.of(new BigInteger("1267650600228229401496703205379"), "0.3567616365770526 0.9714727250299201 0.8878281370584883 0.47079212592777886 0.7486286030976262"),
                Arguments.of(new BigInteger("-1267650600228229401496703205379"), "0.3567616365770526 0.9714727250299201 0.8878281370584883 0.47079212592777886 0.7486286030976262"),
                Arguments.of(new BigInteger("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), "0.5155411001358491 0.10605319508540345 0.811428810488681 0.1122522785435458 0.5529456751876252"),
                Arguments.of("hello", "0.3537754404730722 0.6631985810268619 0.5476053663383964 0.1308558535179697 0.051086691965999353"),
                Arguments.of("", "0.9602256525641875 0.595411957851699 0.3880117152955401 0.7335810344878906 0.22083284598771158"),
                Arguments.of("\u00e9\u4e2d\ud83d\ude00", "0.4489110580187653 0.7685507826206299 0.6789827860886457 0.7362984614558534 0.42010059021444124"),
                Arguments.of("a".repeat(1000), "0.9691624635987768 0.7127412943752092 0.002560826670831684 0.36155645388694124 0.4794441315416892"));
    }

    @ParameterizedTest(name = "seed({0}): random() x5")
    @MethodSource("randomCases")
    void random(Object seed, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < 5; i++) {
            j.add(FloatRepr.repr(mt.random()));
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> getrandbitsCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 0, "0 0 0"),
                Arguments.of(new BigInteger("42"), 1, "1 0 0"),
                Arguments.of(new BigInteger("42"), 5, "20 3 0"),
                Arguments.of(new BigInteger("42"), 31, "1373158606 239081663 53710184"),
                Arguments.of(new BigInteger("42"), 32, "2746317213 478163327 107420369"),
                Arguments.of(new BigInteger("42"), 33, "2746317213 4402387665 1181241943"),
                Arguments.of(new BigInteger("42"), 63, "1026847926404610461 6839596180442651345 2258728696626565719"),
                Arguments.of(new BigInteger("42"), 64, "2053695854357871005 13679192365072849617 4517457392071889495"),
                Arguments.of(new BigInteger("42"), 65, "2053695854357871005 5073395517033431291 21020764468182013662"),
                Arguments.of(new BigInteger("42"), 100, "873491343714207852616756591005 176140902141063639299770569303 925123444424254823561077285033"),
                Arguments.of(new BigInteger("42"), 1000, "4501380096020473733599391138526372082717435059744883290848882429669240888429908436426155025935400898033921043114799503845778166121813987388515470796202646990907183026465037670995645959241312248358383262879306593491203912151865779304778517361483057505847344157552774840376494393393074192286152452569501 4927672692637026625979640044332654997016425390536096539980744757504578294297208263897288169357695237941228961069558452974033260273608884753683647127921925813081268535566740122658291667503019409815281455509279190260430883380215892769305502772289586398116941944027813998151087773859793064899794611129312 4866908185336802694421804311598805624926093990158957152321374640997409621431131624474806158198954494294135488917385452960809616922672921109136058321849796720242500999478160311332275198566863799471648180738919687779295477591898760843809578790102511149954571516923190047923334110511257857678209192443525"),
                Arguments.of(new BigInteger("7"), 0, "0 0 0"),
                Arguments.of(new BigInteger("7"), 1, "0 1 0"),
                Arguments.of(new BigInteger("7"), 5, "10 30 4"),
                Arguments.of(new BigInteger("7"), 31, "695425564 2035525362 323946139"),
                Arguments.of(new BigInteger("7"), 32, "1390851128 4071050724 647892279"),
                Arguments.of(new BigInteger("7"), 33, "5685818424 647892279 2795742288"),
                Arguments.of(new BigInteger("7"), 63, "8742514861359412280 3641603982383516983 445363681616962640"),
                Arguments.of(new BigInteger("7"), 64, "17485029721327973432 7283207964119141687 890727360438182992"),
                Arguments.of(new BigInteger("7"), 65, "17485029721327973432 12007621696699967246 33596580696230145843"),
                Arguments.of(new BigInteger("7"), 100, "487320478161116480663150048312 1035705106444046403401351930960 742026323667635606410750824491"),
                Arguments.of(new BigInteger("7"), 1000, "6748128446502486781413518057555089872472948373403523985774674953942821403894698731452975079452686072472667383447879104974049337076141012055322476025271141381636960245266934431894182683667173659381986504285745315868736995765461588432473858749456206119849151685810014141818532483261516098950821960922168 1020126318156778874097473709723410348759762482335109854058139441188635575062455089039995089251857735399600204365855272290814940689851132808970228721214481859407511902895099473836974217740517172644680632559819424965274882905456671872233065740316448241899156887830606087667837531113701474753756771874485 3678084616535602006302910254512425836329678563917955346312801697045717685336947099316839461747540923724301092452691054048263982021224175276863375811536515309466556124282825944695664413283778505378928646423916546926244244329591739085294105368000933702291552613007974866100383649509060753163654356597545"));
    }

    @ParameterizedTest(name = "seed({0}): getrandbits({1}) x3")
    @MethodSource("getrandbitsCases")
    void getrandbits(Object seed, int k, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < 3; i++) {
            j.add(mt.getrandbits(k).toString());
        }
        assertEquals(expected, j.toString());
        if (k <= 63) {
            MersenneTwister again = seeded(seed);
            StringJoiner l = new StringJoiner(" ");
            for (int i = 0; i < 3; i++) {
                l.add(Long.toString(again.getrandbitsLong(k)));
            }
            assertEquals(expected, l.toString());
        }
    }

    static Stream<Arguments> randbelowCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), 1L, "0 0 0 0 0"),
                Arguments.of(new BigInteger("42"), 2L, "0 0 1 0 0"),
                Arguments.of(new BigInteger("42"), 3L, "2 0 0 2 1"),
                Arguments.of(new BigInteger("42"), 10L, "1 0 4 3 3"),
                Arguments.of(new BigInteger("42"), 100L, "81 14 3 94 35"),
                Arguments.of(new BigInteger("42"), 2147483648L, "478163327 107420369 1181241943 1051802512 958682846"),
                Arguments.of(new BigInteger("42"), 4294967297L, "2746317213 1181241943 958682846 3163119785 1812140441"),
                Arguments.of(new BigInteger("42"), 1000000000000000000L, "128355989445507485 854949519964969681 282341088111907415 160876273137374942 118168890076913833"),
                Arguments.of(new BigInteger("42"), 9223372036854775807L, "1026847926404610461 6839596180442651345 2258728696626565719 1287010195568088798 945351111358374057"),
                Arguments.of(new BigInteger("7"), 1L, "0 0 0 0 0"),
                Arguments.of(new BigInteger("7"), 2L, "1 0 1 0 0"),
                Arguments.of(new BigInteger("7"), 3L, "1 0 1 2 0"),
                Arguments.of(new BigInteger("7"), 10L, "5 2 6 0 1"),
                Arguments.of(new BigInteger("7"), 100L, "41 19 50 83 6"),
                Arguments.of(new BigInteger("7"), 2147483648L, "1390851128 647892279 1695753998 207388624 311111475"),
                Arguments.of(new BigInteger("7"), 4294967297L, "647892279 2795742288 2301595691 2179419893 161042648"),
                Arguments.of(new BigInteger("7"), 1000000000000000000L, "455200494606748983 55670462648394832 946864788125462323 108524553037123627 671908830000302584"),
                Arguments.of(new BigInteger("7"), 9223372036854775807L, "8742514861359412280 3641603982383516983 445363681616962640 7574918311415852851 868196408185819179"));
    }

    @ParameterizedTest(name = "seed({0}): _randbelow({1}) x5")
    @MethodSource("randbelowCases")
    void randbelow(Object seed, long n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < 5; i++) {
            j.add(Long.toString(mt.randbelow(n)));
        }
        assertEquals(expected, j.toString());
    }

    static Stream<Arguments> randbelowBigCases() {
        return Stream.of(
                Arguments.of(new BigInteger("42"), new BigInteger("18446744073709551616"), "2053695854357871005 5073395517033431291 10060236952204337488"),
                Arguments.of(new BigInteger("42"), new BigInteger("1267650600228229401496703205377"), "334597227169592314486858469975 160817104176174106146196623769 1073140825042556611459112948617"),
                Arguments.of(new BigInteger("42"), new BigInteger("8727963568087712425891397479476727340041449"), "3066877027252190973265867843243393946843549 1142918796288900480514387486157113736117136 969309759607210933147932980085018112830829"),
                Arguments.of(new BigInteger("7"), new BigInteger("18446744073709551616"), "17485029721327973432 12007621696699967246 691672907343361484"),
                Arguments.of(new BigInteger("7"), new BigInteger("1267650600228229401496703205377"), "962689453246702506224413750328 515572176097689558709305934965 1064323063618604684115300667608"),
                Arguments.of(new BigInteger("7"), new BigInteger("8727963568087712425891397479476727340041449"), "7258016955530046196195895606220057053934648 1049613170781687967899321028434377278521296 5658184471046550417698902641024012306467320"));
    }

    @ParameterizedTest(name = "seed({0}): _randbelow({1}) x3")
    @MethodSource("randbelowBigCases")
    void randbelowBig(Object seed, BigInteger n, String expected) {
        MersenneTwister mt = seeded(seed);
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < 3; i++) {
            j.add(mt.randbelow(n).toString());
        }
        assertEquals(expected, j.toString());
    }

    @Test
    void stateMatchesGetstate() {
        MersenneTwister mt = seeded(new BigInteger("42"));
        long[] state = mt.getState();
        assertEquals("[2147483648, 3564348608, 1266698288, 4212342371, 3595291661]", Arrays.toString(Arrays.copyOf(state, 5)));
        assertEquals(624L, state[624]);
        for (int i = 0; i < 700; i++) {
            mt.random();
        }
        state = mt.getState();
        assertEquals("[696739782, 3054901299, 798182802, 4028166333, 1475304520]", Arrays.toString(Arrays.copyOf(state, 5)));
        assertEquals(152L, state[624]);
        MersenneTwister copy = new MersenneTwister();
        copy.setState(state);
        assertEquals(mt.random(), copy.random());
        assertEquals(mt.getrandbits(100), copy.getrandbits(100));
    }

    @Test
    void errors() {
        MersenneTwister mt = new MersenneTwister();
        assertEquals("ValueError: number of bits must be non-negative", outcome(() -> mt.getrandbits(-1)));
        assertEquals("ValueError: invalid state", outcome(() -> {
            long[] bad = mt.getState();
            bad[624] = 625;
            mt.setState(bad);
            return null;
        }));
    }

    @Test
    void seedWithLongEqualsSeedWithBigInteger() {
        MersenneTwister a = new MersenneTwister();
        a.seed(-12345L);
        MersenneTwister b = seeded(new BigInteger("12345"));
        assertEquals(b.random(), a.random());
    }

    private static MersenneTwister seeded(Object seed) {
        MersenneTwister mt = new MersenneTwister();
        if (seed instanceof String s) {
            mt.seed(s);
        } else {
            mt.seed((BigInteger) seed);
        }
        return mt;
    }
}
