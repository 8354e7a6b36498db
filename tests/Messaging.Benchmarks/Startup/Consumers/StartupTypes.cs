// Written by ../gen-startup-types.sh 500; do not edit by hand, re-run the script.
using System;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Benchmarks.Startup.Consumers;

public sealed record M000(Guid Id, int Value, string Text);
public sealed record M001(Guid Id, int Value, string Text);
public sealed record M002(Guid Id, int Value, string Text);
public sealed record M003(Guid Id, int Value, string Text);
public sealed record M004(Guid Id, int Value, string Text);
public sealed record M005(Guid Id, int Value, string Text);
public sealed record M006(Guid Id, int Value, string Text);
public sealed record M007(Guid Id, int Value, string Text);
public sealed record M008(Guid Id, int Value, string Text);
public sealed record M009(Guid Id, int Value, string Text);
public sealed record M010(Guid Id, int Value, string Text);
public sealed record M011(Guid Id, int Value, string Text);
public sealed record M012(Guid Id, int Value, string Text);
public sealed record M013(Guid Id, int Value, string Text);
public sealed record M014(Guid Id, int Value, string Text);
public sealed record M015(Guid Id, int Value, string Text);
public sealed record M016(Guid Id, int Value, string Text);
public sealed record M017(Guid Id, int Value, string Text);
public sealed record M018(Guid Id, int Value, string Text);
public sealed record M019(Guid Id, int Value, string Text);
public sealed record M020(Guid Id, int Value, string Text);
public sealed record M021(Guid Id, int Value, string Text);
public sealed record M022(Guid Id, int Value, string Text);
public sealed record M023(Guid Id, int Value, string Text);
public sealed record M024(Guid Id, int Value, string Text);
public sealed record M025(Guid Id, int Value, string Text);
public sealed record M026(Guid Id, int Value, string Text);
public sealed record M027(Guid Id, int Value, string Text);
public sealed record M028(Guid Id, int Value, string Text);
public sealed record M029(Guid Id, int Value, string Text);
public sealed record M030(Guid Id, int Value, string Text);
public sealed record M031(Guid Id, int Value, string Text);
public sealed record M032(Guid Id, int Value, string Text);
public sealed record M033(Guid Id, int Value, string Text);
public sealed record M034(Guid Id, int Value, string Text);
public sealed record M035(Guid Id, int Value, string Text);
public sealed record M036(Guid Id, int Value, string Text);
public sealed record M037(Guid Id, int Value, string Text);
public sealed record M038(Guid Id, int Value, string Text);
public sealed record M039(Guid Id, int Value, string Text);
public sealed record M040(Guid Id, int Value, string Text);
public sealed record M041(Guid Id, int Value, string Text);
public sealed record M042(Guid Id, int Value, string Text);
public sealed record M043(Guid Id, int Value, string Text);
public sealed record M044(Guid Id, int Value, string Text);
public sealed record M045(Guid Id, int Value, string Text);
public sealed record M046(Guid Id, int Value, string Text);
public sealed record M047(Guid Id, int Value, string Text);
public sealed record M048(Guid Id, int Value, string Text);
public sealed record M049(Guid Id, int Value, string Text);
public sealed record M050(Guid Id, int Value, string Text);
public sealed record M051(Guid Id, int Value, string Text);
public sealed record M052(Guid Id, int Value, string Text);
public sealed record M053(Guid Id, int Value, string Text);
public sealed record M054(Guid Id, int Value, string Text);
public sealed record M055(Guid Id, int Value, string Text);
public sealed record M056(Guid Id, int Value, string Text);
public sealed record M057(Guid Id, int Value, string Text);
public sealed record M058(Guid Id, int Value, string Text);
public sealed record M059(Guid Id, int Value, string Text);
public sealed record M060(Guid Id, int Value, string Text);
public sealed record M061(Guid Id, int Value, string Text);
public sealed record M062(Guid Id, int Value, string Text);
public sealed record M063(Guid Id, int Value, string Text);
public sealed record M064(Guid Id, int Value, string Text);
public sealed record M065(Guid Id, int Value, string Text);
public sealed record M066(Guid Id, int Value, string Text);
public sealed record M067(Guid Id, int Value, string Text);
public sealed record M068(Guid Id, int Value, string Text);
public sealed record M069(Guid Id, int Value, string Text);
public sealed record M070(Guid Id, int Value, string Text);
public sealed record M071(Guid Id, int Value, string Text);
public sealed record M072(Guid Id, int Value, string Text);
public sealed record M073(Guid Id, int Value, string Text);
public sealed record M074(Guid Id, int Value, string Text);
public sealed record M075(Guid Id, int Value, string Text);
public sealed record M076(Guid Id, int Value, string Text);
public sealed record M077(Guid Id, int Value, string Text);
public sealed record M078(Guid Id, int Value, string Text);
public sealed record M079(Guid Id, int Value, string Text);
public sealed record M080(Guid Id, int Value, string Text);
public sealed record M081(Guid Id, int Value, string Text);
public sealed record M082(Guid Id, int Value, string Text);
public sealed record M083(Guid Id, int Value, string Text);
public sealed record M084(Guid Id, int Value, string Text);
public sealed record M085(Guid Id, int Value, string Text);
public sealed record M086(Guid Id, int Value, string Text);
public sealed record M087(Guid Id, int Value, string Text);
public sealed record M088(Guid Id, int Value, string Text);
public sealed record M089(Guid Id, int Value, string Text);
public sealed record M090(Guid Id, int Value, string Text);
public sealed record M091(Guid Id, int Value, string Text);
public sealed record M092(Guid Id, int Value, string Text);
public sealed record M093(Guid Id, int Value, string Text);
public sealed record M094(Guid Id, int Value, string Text);
public sealed record M095(Guid Id, int Value, string Text);
public sealed record M096(Guid Id, int Value, string Text);
public sealed record M097(Guid Id, int Value, string Text);
public sealed record M098(Guid Id, int Value, string Text);
public sealed record M099(Guid Id, int Value, string Text);
public sealed record M100(Guid Id, int Value, string Text);
public sealed record M101(Guid Id, int Value, string Text);
public sealed record M102(Guid Id, int Value, string Text);
public sealed record M103(Guid Id, int Value, string Text);
public sealed record M104(Guid Id, int Value, string Text);
public sealed record M105(Guid Id, int Value, string Text);
public sealed record M106(Guid Id, int Value, string Text);
public sealed record M107(Guid Id, int Value, string Text);
public sealed record M108(Guid Id, int Value, string Text);
public sealed record M109(Guid Id, int Value, string Text);
public sealed record M110(Guid Id, int Value, string Text);
public sealed record M111(Guid Id, int Value, string Text);
public sealed record M112(Guid Id, int Value, string Text);
public sealed record M113(Guid Id, int Value, string Text);
public sealed record M114(Guid Id, int Value, string Text);
public sealed record M115(Guid Id, int Value, string Text);
public sealed record M116(Guid Id, int Value, string Text);
public sealed record M117(Guid Id, int Value, string Text);
public sealed record M118(Guid Id, int Value, string Text);
public sealed record M119(Guid Id, int Value, string Text);
public sealed record M120(Guid Id, int Value, string Text);
public sealed record M121(Guid Id, int Value, string Text);
public sealed record M122(Guid Id, int Value, string Text);
public sealed record M123(Guid Id, int Value, string Text);
public sealed record M124(Guid Id, int Value, string Text);
public sealed record M125(Guid Id, int Value, string Text);
public sealed record M126(Guid Id, int Value, string Text);
public sealed record M127(Guid Id, int Value, string Text);
public sealed record M128(Guid Id, int Value, string Text);
public sealed record M129(Guid Id, int Value, string Text);
public sealed record M130(Guid Id, int Value, string Text);
public sealed record M131(Guid Id, int Value, string Text);
public sealed record M132(Guid Id, int Value, string Text);
public sealed record M133(Guid Id, int Value, string Text);
public sealed record M134(Guid Id, int Value, string Text);
public sealed record M135(Guid Id, int Value, string Text);
public sealed record M136(Guid Id, int Value, string Text);
public sealed record M137(Guid Id, int Value, string Text);
public sealed record M138(Guid Id, int Value, string Text);
public sealed record M139(Guid Id, int Value, string Text);
public sealed record M140(Guid Id, int Value, string Text);
public sealed record M141(Guid Id, int Value, string Text);
public sealed record M142(Guid Id, int Value, string Text);
public sealed record M143(Guid Id, int Value, string Text);
public sealed record M144(Guid Id, int Value, string Text);
public sealed record M145(Guid Id, int Value, string Text);
public sealed record M146(Guid Id, int Value, string Text);
public sealed record M147(Guid Id, int Value, string Text);
public sealed record M148(Guid Id, int Value, string Text);
public sealed record M149(Guid Id, int Value, string Text);
public sealed record M150(Guid Id, int Value, string Text);
public sealed record M151(Guid Id, int Value, string Text);
public sealed record M152(Guid Id, int Value, string Text);
public sealed record M153(Guid Id, int Value, string Text);
public sealed record M154(Guid Id, int Value, string Text);
public sealed record M155(Guid Id, int Value, string Text);
public sealed record M156(Guid Id, int Value, string Text);
public sealed record M157(Guid Id, int Value, string Text);
public sealed record M158(Guid Id, int Value, string Text);
public sealed record M159(Guid Id, int Value, string Text);
public sealed record M160(Guid Id, int Value, string Text);
public sealed record M161(Guid Id, int Value, string Text);
public sealed record M162(Guid Id, int Value, string Text);
public sealed record M163(Guid Id, int Value, string Text);
public sealed record M164(Guid Id, int Value, string Text);
public sealed record M165(Guid Id, int Value, string Text);
public sealed record M166(Guid Id, int Value, string Text);
public sealed record M167(Guid Id, int Value, string Text);
public sealed record M168(Guid Id, int Value, string Text);
public sealed record M169(Guid Id, int Value, string Text);
public sealed record M170(Guid Id, int Value, string Text);
public sealed record M171(Guid Id, int Value, string Text);
public sealed record M172(Guid Id, int Value, string Text);
public sealed record M173(Guid Id, int Value, string Text);
public sealed record M174(Guid Id, int Value, string Text);
public sealed record M175(Guid Id, int Value, string Text);
public sealed record M176(Guid Id, int Value, string Text);
public sealed record M177(Guid Id, int Value, string Text);
public sealed record M178(Guid Id, int Value, string Text);
public sealed record M179(Guid Id, int Value, string Text);
public sealed record M180(Guid Id, int Value, string Text);
public sealed record M181(Guid Id, int Value, string Text);
public sealed record M182(Guid Id, int Value, string Text);
public sealed record M183(Guid Id, int Value, string Text);
public sealed record M184(Guid Id, int Value, string Text);
public sealed record M185(Guid Id, int Value, string Text);
public sealed record M186(Guid Id, int Value, string Text);
public sealed record M187(Guid Id, int Value, string Text);
public sealed record M188(Guid Id, int Value, string Text);
public sealed record M189(Guid Id, int Value, string Text);
public sealed record M190(Guid Id, int Value, string Text);
public sealed record M191(Guid Id, int Value, string Text);
public sealed record M192(Guid Id, int Value, string Text);
public sealed record M193(Guid Id, int Value, string Text);
public sealed record M194(Guid Id, int Value, string Text);
public sealed record M195(Guid Id, int Value, string Text);
public sealed record M196(Guid Id, int Value, string Text);
public sealed record M197(Guid Id, int Value, string Text);
public sealed record M198(Guid Id, int Value, string Text);
public sealed record M199(Guid Id, int Value, string Text);
public sealed record M200(Guid Id, int Value, string Text);
public sealed record M201(Guid Id, int Value, string Text);
public sealed record M202(Guid Id, int Value, string Text);
public sealed record M203(Guid Id, int Value, string Text);
public sealed record M204(Guid Id, int Value, string Text);
public sealed record M205(Guid Id, int Value, string Text);
public sealed record M206(Guid Id, int Value, string Text);
public sealed record M207(Guid Id, int Value, string Text);
public sealed record M208(Guid Id, int Value, string Text);
public sealed record M209(Guid Id, int Value, string Text);
public sealed record M210(Guid Id, int Value, string Text);
public sealed record M211(Guid Id, int Value, string Text);
public sealed record M212(Guid Id, int Value, string Text);
public sealed record M213(Guid Id, int Value, string Text);
public sealed record M214(Guid Id, int Value, string Text);
public sealed record M215(Guid Id, int Value, string Text);
public sealed record M216(Guid Id, int Value, string Text);
public sealed record M217(Guid Id, int Value, string Text);
public sealed record M218(Guid Id, int Value, string Text);
public sealed record M219(Guid Id, int Value, string Text);
public sealed record M220(Guid Id, int Value, string Text);
public sealed record M221(Guid Id, int Value, string Text);
public sealed record M222(Guid Id, int Value, string Text);
public sealed record M223(Guid Id, int Value, string Text);
public sealed record M224(Guid Id, int Value, string Text);
public sealed record M225(Guid Id, int Value, string Text);
public sealed record M226(Guid Id, int Value, string Text);
public sealed record M227(Guid Id, int Value, string Text);
public sealed record M228(Guid Id, int Value, string Text);
public sealed record M229(Guid Id, int Value, string Text);
public sealed record M230(Guid Id, int Value, string Text);
public sealed record M231(Guid Id, int Value, string Text);
public sealed record M232(Guid Id, int Value, string Text);
public sealed record M233(Guid Id, int Value, string Text);
public sealed record M234(Guid Id, int Value, string Text);
public sealed record M235(Guid Id, int Value, string Text);
public sealed record M236(Guid Id, int Value, string Text);
public sealed record M237(Guid Id, int Value, string Text);
public sealed record M238(Guid Id, int Value, string Text);
public sealed record M239(Guid Id, int Value, string Text);
public sealed record M240(Guid Id, int Value, string Text);
public sealed record M241(Guid Id, int Value, string Text);
public sealed record M242(Guid Id, int Value, string Text);
public sealed record M243(Guid Id, int Value, string Text);
public sealed record M244(Guid Id, int Value, string Text);
public sealed record M245(Guid Id, int Value, string Text);
public sealed record M246(Guid Id, int Value, string Text);
public sealed record M247(Guid Id, int Value, string Text);
public sealed record M248(Guid Id, int Value, string Text);
public sealed record M249(Guid Id, int Value, string Text);
public sealed record M250(Guid Id, int Value, string Text);
public sealed record M251(Guid Id, int Value, string Text);
public sealed record M252(Guid Id, int Value, string Text);
public sealed record M253(Guid Id, int Value, string Text);
public sealed record M254(Guid Id, int Value, string Text);
public sealed record M255(Guid Id, int Value, string Text);
public sealed record M256(Guid Id, int Value, string Text);
public sealed record M257(Guid Id, int Value, string Text);
public sealed record M258(Guid Id, int Value, string Text);
public sealed record M259(Guid Id, int Value, string Text);
public sealed record M260(Guid Id, int Value, string Text);
public sealed record M261(Guid Id, int Value, string Text);
public sealed record M262(Guid Id, int Value, string Text);
public sealed record M263(Guid Id, int Value, string Text);
public sealed record M264(Guid Id, int Value, string Text);
public sealed record M265(Guid Id, int Value, string Text);
public sealed record M266(Guid Id, int Value, string Text);
public sealed record M267(Guid Id, int Value, string Text);
public sealed record M268(Guid Id, int Value, string Text);
public sealed record M269(Guid Id, int Value, string Text);
public sealed record M270(Guid Id, int Value, string Text);
public sealed record M271(Guid Id, int Value, string Text);
public sealed record M272(Guid Id, int Value, string Text);
public sealed record M273(Guid Id, int Value, string Text);
public sealed record M274(Guid Id, int Value, string Text);
public sealed record M275(Guid Id, int Value, string Text);
public sealed record M276(Guid Id, int Value, string Text);
public sealed record M277(Guid Id, int Value, string Text);
public sealed record M278(Guid Id, int Value, string Text);
public sealed record M279(Guid Id, int Value, string Text);
public sealed record M280(Guid Id, int Value, string Text);
public sealed record M281(Guid Id, int Value, string Text);
public sealed record M282(Guid Id, int Value, string Text);
public sealed record M283(Guid Id, int Value, string Text);
public sealed record M284(Guid Id, int Value, string Text);
public sealed record M285(Guid Id, int Value, string Text);
public sealed record M286(Guid Id, int Value, string Text);
public sealed record M287(Guid Id, int Value, string Text);
public sealed record M288(Guid Id, int Value, string Text);
public sealed record M289(Guid Id, int Value, string Text);
public sealed record M290(Guid Id, int Value, string Text);
public sealed record M291(Guid Id, int Value, string Text);
public sealed record M292(Guid Id, int Value, string Text);
public sealed record M293(Guid Id, int Value, string Text);
public sealed record M294(Guid Id, int Value, string Text);
public sealed record M295(Guid Id, int Value, string Text);
public sealed record M296(Guid Id, int Value, string Text);
public sealed record M297(Guid Id, int Value, string Text);
public sealed record M298(Guid Id, int Value, string Text);
public sealed record M299(Guid Id, int Value, string Text);
public sealed record M300(Guid Id, int Value, string Text);
public sealed record M301(Guid Id, int Value, string Text);
public sealed record M302(Guid Id, int Value, string Text);
public sealed record M303(Guid Id, int Value, string Text);
public sealed record M304(Guid Id, int Value, string Text);
public sealed record M305(Guid Id, int Value, string Text);
public sealed record M306(Guid Id, int Value, string Text);
public sealed record M307(Guid Id, int Value, string Text);
public sealed record M308(Guid Id, int Value, string Text);
public sealed record M309(Guid Id, int Value, string Text);
public sealed record M310(Guid Id, int Value, string Text);
public sealed record M311(Guid Id, int Value, string Text);
public sealed record M312(Guid Id, int Value, string Text);
public sealed record M313(Guid Id, int Value, string Text);
public sealed record M314(Guid Id, int Value, string Text);
public sealed record M315(Guid Id, int Value, string Text);
public sealed record M316(Guid Id, int Value, string Text);
public sealed record M317(Guid Id, int Value, string Text);
public sealed record M318(Guid Id, int Value, string Text);
public sealed record M319(Guid Id, int Value, string Text);
public sealed record M320(Guid Id, int Value, string Text);
public sealed record M321(Guid Id, int Value, string Text);
public sealed record M322(Guid Id, int Value, string Text);
public sealed record M323(Guid Id, int Value, string Text);
public sealed record M324(Guid Id, int Value, string Text);
public sealed record M325(Guid Id, int Value, string Text);
public sealed record M326(Guid Id, int Value, string Text);
public sealed record M327(Guid Id, int Value, string Text);
public sealed record M328(Guid Id, int Value, string Text);
public sealed record M329(Guid Id, int Value, string Text);
public sealed record M330(Guid Id, int Value, string Text);
public sealed record M331(Guid Id, int Value, string Text);
public sealed record M332(Guid Id, int Value, string Text);
public sealed record M333(Guid Id, int Value, string Text);
public sealed record M334(Guid Id, int Value, string Text);
public sealed record M335(Guid Id, int Value, string Text);
public sealed record M336(Guid Id, int Value, string Text);
public sealed record M337(Guid Id, int Value, string Text);
public sealed record M338(Guid Id, int Value, string Text);
public sealed record M339(Guid Id, int Value, string Text);
public sealed record M340(Guid Id, int Value, string Text);
public sealed record M341(Guid Id, int Value, string Text);
public sealed record M342(Guid Id, int Value, string Text);
public sealed record M343(Guid Id, int Value, string Text);
public sealed record M344(Guid Id, int Value, string Text);
public sealed record M345(Guid Id, int Value, string Text);
public sealed record M346(Guid Id, int Value, string Text);
public sealed record M347(Guid Id, int Value, string Text);
public sealed record M348(Guid Id, int Value, string Text);
public sealed record M349(Guid Id, int Value, string Text);
public sealed record M350(Guid Id, int Value, string Text);
public sealed record M351(Guid Id, int Value, string Text);
public sealed record M352(Guid Id, int Value, string Text);
public sealed record M353(Guid Id, int Value, string Text);
public sealed record M354(Guid Id, int Value, string Text);
public sealed record M355(Guid Id, int Value, string Text);
public sealed record M356(Guid Id, int Value, string Text);
public sealed record M357(Guid Id, int Value, string Text);
public sealed record M358(Guid Id, int Value, string Text);
public sealed record M359(Guid Id, int Value, string Text);
public sealed record M360(Guid Id, int Value, string Text);
public sealed record M361(Guid Id, int Value, string Text);
public sealed record M362(Guid Id, int Value, string Text);
public sealed record M363(Guid Id, int Value, string Text);
public sealed record M364(Guid Id, int Value, string Text);
public sealed record M365(Guid Id, int Value, string Text);
public sealed record M366(Guid Id, int Value, string Text);
public sealed record M367(Guid Id, int Value, string Text);
public sealed record M368(Guid Id, int Value, string Text);
public sealed record M369(Guid Id, int Value, string Text);
public sealed record M370(Guid Id, int Value, string Text);
public sealed record M371(Guid Id, int Value, string Text);
public sealed record M372(Guid Id, int Value, string Text);
public sealed record M373(Guid Id, int Value, string Text);
public sealed record M374(Guid Id, int Value, string Text);
public sealed record M375(Guid Id, int Value, string Text);
public sealed record M376(Guid Id, int Value, string Text);
public sealed record M377(Guid Id, int Value, string Text);
public sealed record M378(Guid Id, int Value, string Text);
public sealed record M379(Guid Id, int Value, string Text);
public sealed record M380(Guid Id, int Value, string Text);
public sealed record M381(Guid Id, int Value, string Text);
public sealed record M382(Guid Id, int Value, string Text);
public sealed record M383(Guid Id, int Value, string Text);
public sealed record M384(Guid Id, int Value, string Text);
public sealed record M385(Guid Id, int Value, string Text);
public sealed record M386(Guid Id, int Value, string Text);
public sealed record M387(Guid Id, int Value, string Text);
public sealed record M388(Guid Id, int Value, string Text);
public sealed record M389(Guid Id, int Value, string Text);
public sealed record M390(Guid Id, int Value, string Text);
public sealed record M391(Guid Id, int Value, string Text);
public sealed record M392(Guid Id, int Value, string Text);
public sealed record M393(Guid Id, int Value, string Text);
public sealed record M394(Guid Id, int Value, string Text);
public sealed record M395(Guid Id, int Value, string Text);
public sealed record M396(Guid Id, int Value, string Text);
public sealed record M397(Guid Id, int Value, string Text);
public sealed record M398(Guid Id, int Value, string Text);
public sealed record M399(Guid Id, int Value, string Text);
public sealed record M400(Guid Id, int Value, string Text);
public sealed record M401(Guid Id, int Value, string Text);
public sealed record M402(Guid Id, int Value, string Text);
public sealed record M403(Guid Id, int Value, string Text);
public sealed record M404(Guid Id, int Value, string Text);
public sealed record M405(Guid Id, int Value, string Text);
public sealed record M406(Guid Id, int Value, string Text);
public sealed record M407(Guid Id, int Value, string Text);
public sealed record M408(Guid Id, int Value, string Text);
public sealed record M409(Guid Id, int Value, string Text);
public sealed record M410(Guid Id, int Value, string Text);
public sealed record M411(Guid Id, int Value, string Text);
public sealed record M412(Guid Id, int Value, string Text);
public sealed record M413(Guid Id, int Value, string Text);
public sealed record M414(Guid Id, int Value, string Text);
public sealed record M415(Guid Id, int Value, string Text);
public sealed record M416(Guid Id, int Value, string Text);
public sealed record M417(Guid Id, int Value, string Text);
public sealed record M418(Guid Id, int Value, string Text);
public sealed record M419(Guid Id, int Value, string Text);
public sealed record M420(Guid Id, int Value, string Text);
public sealed record M421(Guid Id, int Value, string Text);
public sealed record M422(Guid Id, int Value, string Text);
public sealed record M423(Guid Id, int Value, string Text);
public sealed record M424(Guid Id, int Value, string Text);
public sealed record M425(Guid Id, int Value, string Text);
public sealed record M426(Guid Id, int Value, string Text);
public sealed record M427(Guid Id, int Value, string Text);
public sealed record M428(Guid Id, int Value, string Text);
public sealed record M429(Guid Id, int Value, string Text);
public sealed record M430(Guid Id, int Value, string Text);
public sealed record M431(Guid Id, int Value, string Text);
public sealed record M432(Guid Id, int Value, string Text);
public sealed record M433(Guid Id, int Value, string Text);
public sealed record M434(Guid Id, int Value, string Text);
public sealed record M435(Guid Id, int Value, string Text);
public sealed record M436(Guid Id, int Value, string Text);
public sealed record M437(Guid Id, int Value, string Text);
public sealed record M438(Guid Id, int Value, string Text);
public sealed record M439(Guid Id, int Value, string Text);
public sealed record M440(Guid Id, int Value, string Text);
public sealed record M441(Guid Id, int Value, string Text);
public sealed record M442(Guid Id, int Value, string Text);
public sealed record M443(Guid Id, int Value, string Text);
public sealed record M444(Guid Id, int Value, string Text);
public sealed record M445(Guid Id, int Value, string Text);
public sealed record M446(Guid Id, int Value, string Text);
public sealed record M447(Guid Id, int Value, string Text);
public sealed record M448(Guid Id, int Value, string Text);
public sealed record M449(Guid Id, int Value, string Text);
public sealed record M450(Guid Id, int Value, string Text);
public sealed record M451(Guid Id, int Value, string Text);
public sealed record M452(Guid Id, int Value, string Text);
public sealed record M453(Guid Id, int Value, string Text);
public sealed record M454(Guid Id, int Value, string Text);
public sealed record M455(Guid Id, int Value, string Text);
public sealed record M456(Guid Id, int Value, string Text);
public sealed record M457(Guid Id, int Value, string Text);
public sealed record M458(Guid Id, int Value, string Text);
public sealed record M459(Guid Id, int Value, string Text);
public sealed record M460(Guid Id, int Value, string Text);
public sealed record M461(Guid Id, int Value, string Text);
public sealed record M462(Guid Id, int Value, string Text);
public sealed record M463(Guid Id, int Value, string Text);
public sealed record M464(Guid Id, int Value, string Text);
public sealed record M465(Guid Id, int Value, string Text);
public sealed record M466(Guid Id, int Value, string Text);
public sealed record M467(Guid Id, int Value, string Text);
public sealed record M468(Guid Id, int Value, string Text);
public sealed record M469(Guid Id, int Value, string Text);
public sealed record M470(Guid Id, int Value, string Text);
public sealed record M471(Guid Id, int Value, string Text);
public sealed record M472(Guid Id, int Value, string Text);
public sealed record M473(Guid Id, int Value, string Text);
public sealed record M474(Guid Id, int Value, string Text);
public sealed record M475(Guid Id, int Value, string Text);
public sealed record M476(Guid Id, int Value, string Text);
public sealed record M477(Guid Id, int Value, string Text);
public sealed record M478(Guid Id, int Value, string Text);
public sealed record M479(Guid Id, int Value, string Text);
public sealed record M480(Guid Id, int Value, string Text);
public sealed record M481(Guid Id, int Value, string Text);
public sealed record M482(Guid Id, int Value, string Text);
public sealed record M483(Guid Id, int Value, string Text);
public sealed record M484(Guid Id, int Value, string Text);
public sealed record M485(Guid Id, int Value, string Text);
public sealed record M486(Guid Id, int Value, string Text);
public sealed record M487(Guid Id, int Value, string Text);
public sealed record M488(Guid Id, int Value, string Text);
public sealed record M489(Guid Id, int Value, string Text);
public sealed record M490(Guid Id, int Value, string Text);
public sealed record M491(Guid Id, int Value, string Text);
public sealed record M492(Guid Id, int Value, string Text);
public sealed record M493(Guid Id, int Value, string Text);
public sealed record M494(Guid Id, int Value, string Text);
public sealed record M495(Guid Id, int Value, string Text);
public sealed record M496(Guid Id, int Value, string Text);
public sealed record M497(Guid Id, int Value, string Text);
public sealed record M498(Guid Id, int Value, string Text);
public sealed record M499(Guid Id, int Value, string Text);

public sealed class M000Consumer : IConsumer<M000> { public Task Consume(ConsumeContext<M000> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M001Consumer : IConsumer<M001> { public Task Consume(ConsumeContext<M001> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M002Consumer : IConsumer<M002> { public Task Consume(ConsumeContext<M002> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M003Consumer : IConsumer<M003> { public Task Consume(ConsumeContext<M003> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M004Consumer : IConsumer<M004> { public Task Consume(ConsumeContext<M004> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M005Consumer : IConsumer<M005> { public Task Consume(ConsumeContext<M005> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M006Consumer : IConsumer<M006> { public Task Consume(ConsumeContext<M006> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M007Consumer : IConsumer<M007> { public Task Consume(ConsumeContext<M007> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M008Consumer : IConsumer<M008> { public Task Consume(ConsumeContext<M008> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M009Consumer : IConsumer<M009> { public Task Consume(ConsumeContext<M009> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M010Consumer : IConsumer<M010> { public Task Consume(ConsumeContext<M010> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M011Consumer : IConsumer<M011> { public Task Consume(ConsumeContext<M011> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M012Consumer : IConsumer<M012> { public Task Consume(ConsumeContext<M012> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M013Consumer : IConsumer<M013> { public Task Consume(ConsumeContext<M013> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M014Consumer : IConsumer<M014> { public Task Consume(ConsumeContext<M014> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M015Consumer : IConsumer<M015> { public Task Consume(ConsumeContext<M015> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M016Consumer : IConsumer<M016> { public Task Consume(ConsumeContext<M016> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M017Consumer : IConsumer<M017> { public Task Consume(ConsumeContext<M017> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M018Consumer : IConsumer<M018> { public Task Consume(ConsumeContext<M018> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M019Consumer : IConsumer<M019> { public Task Consume(ConsumeContext<M019> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M020Consumer : IConsumer<M020> { public Task Consume(ConsumeContext<M020> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M021Consumer : IConsumer<M021> { public Task Consume(ConsumeContext<M021> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M022Consumer : IConsumer<M022> { public Task Consume(ConsumeContext<M022> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M023Consumer : IConsumer<M023> { public Task Consume(ConsumeContext<M023> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M024Consumer : IConsumer<M024> { public Task Consume(ConsumeContext<M024> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M025Consumer : IConsumer<M025> { public Task Consume(ConsumeContext<M025> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M026Consumer : IConsumer<M026> { public Task Consume(ConsumeContext<M026> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M027Consumer : IConsumer<M027> { public Task Consume(ConsumeContext<M027> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M028Consumer : IConsumer<M028> { public Task Consume(ConsumeContext<M028> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M029Consumer : IConsumer<M029> { public Task Consume(ConsumeContext<M029> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M030Consumer : IConsumer<M030> { public Task Consume(ConsumeContext<M030> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M031Consumer : IConsumer<M031> { public Task Consume(ConsumeContext<M031> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M032Consumer : IConsumer<M032> { public Task Consume(ConsumeContext<M032> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M033Consumer : IConsumer<M033> { public Task Consume(ConsumeContext<M033> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M034Consumer : IConsumer<M034> { public Task Consume(ConsumeContext<M034> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M035Consumer : IConsumer<M035> { public Task Consume(ConsumeContext<M035> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M036Consumer : IConsumer<M036> { public Task Consume(ConsumeContext<M036> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M037Consumer : IConsumer<M037> { public Task Consume(ConsumeContext<M037> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M038Consumer : IConsumer<M038> { public Task Consume(ConsumeContext<M038> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M039Consumer : IConsumer<M039> { public Task Consume(ConsumeContext<M039> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M040Consumer : IConsumer<M040> { public Task Consume(ConsumeContext<M040> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M041Consumer : IConsumer<M041> { public Task Consume(ConsumeContext<M041> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M042Consumer : IConsumer<M042> { public Task Consume(ConsumeContext<M042> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M043Consumer : IConsumer<M043> { public Task Consume(ConsumeContext<M043> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M044Consumer : IConsumer<M044> { public Task Consume(ConsumeContext<M044> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M045Consumer : IConsumer<M045> { public Task Consume(ConsumeContext<M045> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M046Consumer : IConsumer<M046> { public Task Consume(ConsumeContext<M046> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M047Consumer : IConsumer<M047> { public Task Consume(ConsumeContext<M047> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M048Consumer : IConsumer<M048> { public Task Consume(ConsumeContext<M048> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M049Consumer : IConsumer<M049> { public Task Consume(ConsumeContext<M049> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M050Consumer : IConsumer<M050> { public Task Consume(ConsumeContext<M050> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M051Consumer : IConsumer<M051> { public Task Consume(ConsumeContext<M051> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M052Consumer : IConsumer<M052> { public Task Consume(ConsumeContext<M052> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M053Consumer : IConsumer<M053> { public Task Consume(ConsumeContext<M053> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M054Consumer : IConsumer<M054> { public Task Consume(ConsumeContext<M054> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M055Consumer : IConsumer<M055> { public Task Consume(ConsumeContext<M055> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M056Consumer : IConsumer<M056> { public Task Consume(ConsumeContext<M056> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M057Consumer : IConsumer<M057> { public Task Consume(ConsumeContext<M057> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M058Consumer : IConsumer<M058> { public Task Consume(ConsumeContext<M058> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M059Consumer : IConsumer<M059> { public Task Consume(ConsumeContext<M059> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M060Consumer : IConsumer<M060> { public Task Consume(ConsumeContext<M060> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M061Consumer : IConsumer<M061> { public Task Consume(ConsumeContext<M061> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M062Consumer : IConsumer<M062> { public Task Consume(ConsumeContext<M062> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M063Consumer : IConsumer<M063> { public Task Consume(ConsumeContext<M063> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M064Consumer : IConsumer<M064> { public Task Consume(ConsumeContext<M064> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M065Consumer : IConsumer<M065> { public Task Consume(ConsumeContext<M065> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M066Consumer : IConsumer<M066> { public Task Consume(ConsumeContext<M066> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M067Consumer : IConsumer<M067> { public Task Consume(ConsumeContext<M067> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M068Consumer : IConsumer<M068> { public Task Consume(ConsumeContext<M068> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M069Consumer : IConsumer<M069> { public Task Consume(ConsumeContext<M069> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M070Consumer : IConsumer<M070> { public Task Consume(ConsumeContext<M070> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M071Consumer : IConsumer<M071> { public Task Consume(ConsumeContext<M071> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M072Consumer : IConsumer<M072> { public Task Consume(ConsumeContext<M072> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M073Consumer : IConsumer<M073> { public Task Consume(ConsumeContext<M073> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M074Consumer : IConsumer<M074> { public Task Consume(ConsumeContext<M074> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M075Consumer : IConsumer<M075> { public Task Consume(ConsumeContext<M075> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M076Consumer : IConsumer<M076> { public Task Consume(ConsumeContext<M076> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M077Consumer : IConsumer<M077> { public Task Consume(ConsumeContext<M077> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M078Consumer : IConsumer<M078> { public Task Consume(ConsumeContext<M078> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M079Consumer : IConsumer<M079> { public Task Consume(ConsumeContext<M079> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M080Consumer : IConsumer<M080> { public Task Consume(ConsumeContext<M080> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M081Consumer : IConsumer<M081> { public Task Consume(ConsumeContext<M081> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M082Consumer : IConsumer<M082> { public Task Consume(ConsumeContext<M082> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M083Consumer : IConsumer<M083> { public Task Consume(ConsumeContext<M083> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M084Consumer : IConsumer<M084> { public Task Consume(ConsumeContext<M084> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M085Consumer : IConsumer<M085> { public Task Consume(ConsumeContext<M085> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M086Consumer : IConsumer<M086> { public Task Consume(ConsumeContext<M086> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M087Consumer : IConsumer<M087> { public Task Consume(ConsumeContext<M087> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M088Consumer : IConsumer<M088> { public Task Consume(ConsumeContext<M088> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M089Consumer : IConsumer<M089> { public Task Consume(ConsumeContext<M089> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M090Consumer : IConsumer<M090> { public Task Consume(ConsumeContext<M090> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M091Consumer : IConsumer<M091> { public Task Consume(ConsumeContext<M091> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M092Consumer : IConsumer<M092> { public Task Consume(ConsumeContext<M092> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M093Consumer : IConsumer<M093> { public Task Consume(ConsumeContext<M093> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M094Consumer : IConsumer<M094> { public Task Consume(ConsumeContext<M094> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M095Consumer : IConsumer<M095> { public Task Consume(ConsumeContext<M095> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M096Consumer : IConsumer<M096> { public Task Consume(ConsumeContext<M096> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M097Consumer : IConsumer<M097> { public Task Consume(ConsumeContext<M097> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M098Consumer : IConsumer<M098> { public Task Consume(ConsumeContext<M098> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M099Consumer : IConsumer<M099> { public Task Consume(ConsumeContext<M099> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M100Consumer : IConsumer<M100> { public Task Consume(ConsumeContext<M100> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M101Consumer : IConsumer<M101> { public Task Consume(ConsumeContext<M101> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M102Consumer : IConsumer<M102> { public Task Consume(ConsumeContext<M102> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M103Consumer : IConsumer<M103> { public Task Consume(ConsumeContext<M103> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M104Consumer : IConsumer<M104> { public Task Consume(ConsumeContext<M104> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M105Consumer : IConsumer<M105> { public Task Consume(ConsumeContext<M105> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M106Consumer : IConsumer<M106> { public Task Consume(ConsumeContext<M106> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M107Consumer : IConsumer<M107> { public Task Consume(ConsumeContext<M107> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M108Consumer : IConsumer<M108> { public Task Consume(ConsumeContext<M108> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M109Consumer : IConsumer<M109> { public Task Consume(ConsumeContext<M109> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M110Consumer : IConsumer<M110> { public Task Consume(ConsumeContext<M110> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M111Consumer : IConsumer<M111> { public Task Consume(ConsumeContext<M111> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M112Consumer : IConsumer<M112> { public Task Consume(ConsumeContext<M112> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M113Consumer : IConsumer<M113> { public Task Consume(ConsumeContext<M113> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M114Consumer : IConsumer<M114> { public Task Consume(ConsumeContext<M114> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M115Consumer : IConsumer<M115> { public Task Consume(ConsumeContext<M115> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M116Consumer : IConsumer<M116> { public Task Consume(ConsumeContext<M116> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M117Consumer : IConsumer<M117> { public Task Consume(ConsumeContext<M117> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M118Consumer : IConsumer<M118> { public Task Consume(ConsumeContext<M118> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M119Consumer : IConsumer<M119> { public Task Consume(ConsumeContext<M119> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M120Consumer : IConsumer<M120> { public Task Consume(ConsumeContext<M120> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M121Consumer : IConsumer<M121> { public Task Consume(ConsumeContext<M121> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M122Consumer : IConsumer<M122> { public Task Consume(ConsumeContext<M122> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M123Consumer : IConsumer<M123> { public Task Consume(ConsumeContext<M123> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M124Consumer : IConsumer<M124> { public Task Consume(ConsumeContext<M124> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M125Consumer : IConsumer<M125> { public Task Consume(ConsumeContext<M125> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M126Consumer : IConsumer<M126> { public Task Consume(ConsumeContext<M126> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M127Consumer : IConsumer<M127> { public Task Consume(ConsumeContext<M127> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M128Consumer : IConsumer<M128> { public Task Consume(ConsumeContext<M128> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M129Consumer : IConsumer<M129> { public Task Consume(ConsumeContext<M129> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M130Consumer : IConsumer<M130> { public Task Consume(ConsumeContext<M130> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M131Consumer : IConsumer<M131> { public Task Consume(ConsumeContext<M131> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M132Consumer : IConsumer<M132> { public Task Consume(ConsumeContext<M132> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M133Consumer : IConsumer<M133> { public Task Consume(ConsumeContext<M133> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M134Consumer : IConsumer<M134> { public Task Consume(ConsumeContext<M134> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M135Consumer : IConsumer<M135> { public Task Consume(ConsumeContext<M135> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M136Consumer : IConsumer<M136> { public Task Consume(ConsumeContext<M136> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M137Consumer : IConsumer<M137> { public Task Consume(ConsumeContext<M137> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M138Consumer : IConsumer<M138> { public Task Consume(ConsumeContext<M138> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M139Consumer : IConsumer<M139> { public Task Consume(ConsumeContext<M139> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M140Consumer : IConsumer<M140> { public Task Consume(ConsumeContext<M140> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M141Consumer : IConsumer<M141> { public Task Consume(ConsumeContext<M141> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M142Consumer : IConsumer<M142> { public Task Consume(ConsumeContext<M142> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M143Consumer : IConsumer<M143> { public Task Consume(ConsumeContext<M143> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M144Consumer : IConsumer<M144> { public Task Consume(ConsumeContext<M144> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M145Consumer : IConsumer<M145> { public Task Consume(ConsumeContext<M145> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M146Consumer : IConsumer<M146> { public Task Consume(ConsumeContext<M146> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M147Consumer : IConsumer<M147> { public Task Consume(ConsumeContext<M147> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M148Consumer : IConsumer<M148> { public Task Consume(ConsumeContext<M148> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M149Consumer : IConsumer<M149> { public Task Consume(ConsumeContext<M149> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M150Consumer : IConsumer<M150> { public Task Consume(ConsumeContext<M150> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M151Consumer : IConsumer<M151> { public Task Consume(ConsumeContext<M151> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M152Consumer : IConsumer<M152> { public Task Consume(ConsumeContext<M152> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M153Consumer : IConsumer<M153> { public Task Consume(ConsumeContext<M153> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M154Consumer : IConsumer<M154> { public Task Consume(ConsumeContext<M154> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M155Consumer : IConsumer<M155> { public Task Consume(ConsumeContext<M155> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M156Consumer : IConsumer<M156> { public Task Consume(ConsumeContext<M156> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M157Consumer : IConsumer<M157> { public Task Consume(ConsumeContext<M157> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M158Consumer : IConsumer<M158> { public Task Consume(ConsumeContext<M158> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M159Consumer : IConsumer<M159> { public Task Consume(ConsumeContext<M159> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M160Consumer : IConsumer<M160> { public Task Consume(ConsumeContext<M160> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M161Consumer : IConsumer<M161> { public Task Consume(ConsumeContext<M161> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M162Consumer : IConsumer<M162> { public Task Consume(ConsumeContext<M162> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M163Consumer : IConsumer<M163> { public Task Consume(ConsumeContext<M163> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M164Consumer : IConsumer<M164> { public Task Consume(ConsumeContext<M164> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M165Consumer : IConsumer<M165> { public Task Consume(ConsumeContext<M165> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M166Consumer : IConsumer<M166> { public Task Consume(ConsumeContext<M166> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M167Consumer : IConsumer<M167> { public Task Consume(ConsumeContext<M167> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M168Consumer : IConsumer<M168> { public Task Consume(ConsumeContext<M168> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M169Consumer : IConsumer<M169> { public Task Consume(ConsumeContext<M169> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M170Consumer : IConsumer<M170> { public Task Consume(ConsumeContext<M170> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M171Consumer : IConsumer<M171> { public Task Consume(ConsumeContext<M171> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M172Consumer : IConsumer<M172> { public Task Consume(ConsumeContext<M172> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M173Consumer : IConsumer<M173> { public Task Consume(ConsumeContext<M173> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M174Consumer : IConsumer<M174> { public Task Consume(ConsumeContext<M174> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M175Consumer : IConsumer<M175> { public Task Consume(ConsumeContext<M175> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M176Consumer : IConsumer<M176> { public Task Consume(ConsumeContext<M176> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M177Consumer : IConsumer<M177> { public Task Consume(ConsumeContext<M177> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M178Consumer : IConsumer<M178> { public Task Consume(ConsumeContext<M178> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M179Consumer : IConsumer<M179> { public Task Consume(ConsumeContext<M179> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M180Consumer : IConsumer<M180> { public Task Consume(ConsumeContext<M180> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M181Consumer : IConsumer<M181> { public Task Consume(ConsumeContext<M181> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M182Consumer : IConsumer<M182> { public Task Consume(ConsumeContext<M182> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M183Consumer : IConsumer<M183> { public Task Consume(ConsumeContext<M183> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M184Consumer : IConsumer<M184> { public Task Consume(ConsumeContext<M184> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M185Consumer : IConsumer<M185> { public Task Consume(ConsumeContext<M185> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M186Consumer : IConsumer<M186> { public Task Consume(ConsumeContext<M186> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M187Consumer : IConsumer<M187> { public Task Consume(ConsumeContext<M187> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M188Consumer : IConsumer<M188> { public Task Consume(ConsumeContext<M188> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M189Consumer : IConsumer<M189> { public Task Consume(ConsumeContext<M189> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M190Consumer : IConsumer<M190> { public Task Consume(ConsumeContext<M190> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M191Consumer : IConsumer<M191> { public Task Consume(ConsumeContext<M191> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M192Consumer : IConsumer<M192> { public Task Consume(ConsumeContext<M192> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M193Consumer : IConsumer<M193> { public Task Consume(ConsumeContext<M193> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M194Consumer : IConsumer<M194> { public Task Consume(ConsumeContext<M194> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M195Consumer : IConsumer<M195> { public Task Consume(ConsumeContext<M195> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M196Consumer : IConsumer<M196> { public Task Consume(ConsumeContext<M196> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M197Consumer : IConsumer<M197> { public Task Consume(ConsumeContext<M197> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M198Consumer : IConsumer<M198> { public Task Consume(ConsumeContext<M198> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M199Consumer : IConsumer<M199> { public Task Consume(ConsumeContext<M199> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M200Consumer : IConsumer<M200> { public Task Consume(ConsumeContext<M200> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M201Consumer : IConsumer<M201> { public Task Consume(ConsumeContext<M201> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M202Consumer : IConsumer<M202> { public Task Consume(ConsumeContext<M202> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M203Consumer : IConsumer<M203> { public Task Consume(ConsumeContext<M203> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M204Consumer : IConsumer<M204> { public Task Consume(ConsumeContext<M204> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M205Consumer : IConsumer<M205> { public Task Consume(ConsumeContext<M205> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M206Consumer : IConsumer<M206> { public Task Consume(ConsumeContext<M206> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M207Consumer : IConsumer<M207> { public Task Consume(ConsumeContext<M207> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M208Consumer : IConsumer<M208> { public Task Consume(ConsumeContext<M208> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M209Consumer : IConsumer<M209> { public Task Consume(ConsumeContext<M209> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M210Consumer : IConsumer<M210> { public Task Consume(ConsumeContext<M210> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M211Consumer : IConsumer<M211> { public Task Consume(ConsumeContext<M211> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M212Consumer : IConsumer<M212> { public Task Consume(ConsumeContext<M212> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M213Consumer : IConsumer<M213> { public Task Consume(ConsumeContext<M213> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M214Consumer : IConsumer<M214> { public Task Consume(ConsumeContext<M214> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M215Consumer : IConsumer<M215> { public Task Consume(ConsumeContext<M215> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M216Consumer : IConsumer<M216> { public Task Consume(ConsumeContext<M216> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M217Consumer : IConsumer<M217> { public Task Consume(ConsumeContext<M217> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M218Consumer : IConsumer<M218> { public Task Consume(ConsumeContext<M218> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M219Consumer : IConsumer<M219> { public Task Consume(ConsumeContext<M219> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M220Consumer : IConsumer<M220> { public Task Consume(ConsumeContext<M220> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M221Consumer : IConsumer<M221> { public Task Consume(ConsumeContext<M221> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M222Consumer : IConsumer<M222> { public Task Consume(ConsumeContext<M222> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M223Consumer : IConsumer<M223> { public Task Consume(ConsumeContext<M223> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M224Consumer : IConsumer<M224> { public Task Consume(ConsumeContext<M224> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M225Consumer : IConsumer<M225> { public Task Consume(ConsumeContext<M225> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M226Consumer : IConsumer<M226> { public Task Consume(ConsumeContext<M226> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M227Consumer : IConsumer<M227> { public Task Consume(ConsumeContext<M227> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M228Consumer : IConsumer<M228> { public Task Consume(ConsumeContext<M228> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M229Consumer : IConsumer<M229> { public Task Consume(ConsumeContext<M229> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M230Consumer : IConsumer<M230> { public Task Consume(ConsumeContext<M230> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M231Consumer : IConsumer<M231> { public Task Consume(ConsumeContext<M231> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M232Consumer : IConsumer<M232> { public Task Consume(ConsumeContext<M232> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M233Consumer : IConsumer<M233> { public Task Consume(ConsumeContext<M233> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M234Consumer : IConsumer<M234> { public Task Consume(ConsumeContext<M234> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M235Consumer : IConsumer<M235> { public Task Consume(ConsumeContext<M235> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M236Consumer : IConsumer<M236> { public Task Consume(ConsumeContext<M236> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M237Consumer : IConsumer<M237> { public Task Consume(ConsumeContext<M237> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M238Consumer : IConsumer<M238> { public Task Consume(ConsumeContext<M238> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M239Consumer : IConsumer<M239> { public Task Consume(ConsumeContext<M239> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M240Consumer : IConsumer<M240> { public Task Consume(ConsumeContext<M240> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M241Consumer : IConsumer<M241> { public Task Consume(ConsumeContext<M241> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M242Consumer : IConsumer<M242> { public Task Consume(ConsumeContext<M242> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M243Consumer : IConsumer<M243> { public Task Consume(ConsumeContext<M243> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M244Consumer : IConsumer<M244> { public Task Consume(ConsumeContext<M244> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M245Consumer : IConsumer<M245> { public Task Consume(ConsumeContext<M245> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M246Consumer : IConsumer<M246> { public Task Consume(ConsumeContext<M246> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M247Consumer : IConsumer<M247> { public Task Consume(ConsumeContext<M247> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M248Consumer : IConsumer<M248> { public Task Consume(ConsumeContext<M248> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M249Consumer : IConsumer<M249> { public Task Consume(ConsumeContext<M249> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M250Consumer : IConsumer<M250> { public Task Consume(ConsumeContext<M250> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M251Consumer : IConsumer<M251> { public Task Consume(ConsumeContext<M251> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M252Consumer : IConsumer<M252> { public Task Consume(ConsumeContext<M252> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M253Consumer : IConsumer<M253> { public Task Consume(ConsumeContext<M253> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M254Consumer : IConsumer<M254> { public Task Consume(ConsumeContext<M254> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M255Consumer : IConsumer<M255> { public Task Consume(ConsumeContext<M255> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M256Consumer : IConsumer<M256> { public Task Consume(ConsumeContext<M256> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M257Consumer : IConsumer<M257> { public Task Consume(ConsumeContext<M257> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M258Consumer : IConsumer<M258> { public Task Consume(ConsumeContext<M258> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M259Consumer : IConsumer<M259> { public Task Consume(ConsumeContext<M259> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M260Consumer : IConsumer<M260> { public Task Consume(ConsumeContext<M260> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M261Consumer : IConsumer<M261> { public Task Consume(ConsumeContext<M261> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M262Consumer : IConsumer<M262> { public Task Consume(ConsumeContext<M262> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M263Consumer : IConsumer<M263> { public Task Consume(ConsumeContext<M263> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M264Consumer : IConsumer<M264> { public Task Consume(ConsumeContext<M264> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M265Consumer : IConsumer<M265> { public Task Consume(ConsumeContext<M265> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M266Consumer : IConsumer<M266> { public Task Consume(ConsumeContext<M266> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M267Consumer : IConsumer<M267> { public Task Consume(ConsumeContext<M267> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M268Consumer : IConsumer<M268> { public Task Consume(ConsumeContext<M268> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M269Consumer : IConsumer<M269> { public Task Consume(ConsumeContext<M269> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M270Consumer : IConsumer<M270> { public Task Consume(ConsumeContext<M270> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M271Consumer : IConsumer<M271> { public Task Consume(ConsumeContext<M271> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M272Consumer : IConsumer<M272> { public Task Consume(ConsumeContext<M272> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M273Consumer : IConsumer<M273> { public Task Consume(ConsumeContext<M273> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M274Consumer : IConsumer<M274> { public Task Consume(ConsumeContext<M274> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M275Consumer : IConsumer<M275> { public Task Consume(ConsumeContext<M275> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M276Consumer : IConsumer<M276> { public Task Consume(ConsumeContext<M276> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M277Consumer : IConsumer<M277> { public Task Consume(ConsumeContext<M277> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M278Consumer : IConsumer<M278> { public Task Consume(ConsumeContext<M278> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M279Consumer : IConsumer<M279> { public Task Consume(ConsumeContext<M279> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M280Consumer : IConsumer<M280> { public Task Consume(ConsumeContext<M280> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M281Consumer : IConsumer<M281> { public Task Consume(ConsumeContext<M281> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M282Consumer : IConsumer<M282> { public Task Consume(ConsumeContext<M282> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M283Consumer : IConsumer<M283> { public Task Consume(ConsumeContext<M283> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M284Consumer : IConsumer<M284> { public Task Consume(ConsumeContext<M284> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M285Consumer : IConsumer<M285> { public Task Consume(ConsumeContext<M285> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M286Consumer : IConsumer<M286> { public Task Consume(ConsumeContext<M286> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M287Consumer : IConsumer<M287> { public Task Consume(ConsumeContext<M287> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M288Consumer : IConsumer<M288> { public Task Consume(ConsumeContext<M288> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M289Consumer : IConsumer<M289> { public Task Consume(ConsumeContext<M289> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M290Consumer : IConsumer<M290> { public Task Consume(ConsumeContext<M290> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M291Consumer : IConsumer<M291> { public Task Consume(ConsumeContext<M291> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M292Consumer : IConsumer<M292> { public Task Consume(ConsumeContext<M292> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M293Consumer : IConsumer<M293> { public Task Consume(ConsumeContext<M293> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M294Consumer : IConsumer<M294> { public Task Consume(ConsumeContext<M294> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M295Consumer : IConsumer<M295> { public Task Consume(ConsumeContext<M295> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M296Consumer : IConsumer<M296> { public Task Consume(ConsumeContext<M296> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M297Consumer : IConsumer<M297> { public Task Consume(ConsumeContext<M297> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M298Consumer : IConsumer<M298> { public Task Consume(ConsumeContext<M298> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M299Consumer : IConsumer<M299> { public Task Consume(ConsumeContext<M299> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M300Consumer : IConsumer<M300> { public Task Consume(ConsumeContext<M300> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M301Consumer : IConsumer<M301> { public Task Consume(ConsumeContext<M301> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M302Consumer : IConsumer<M302> { public Task Consume(ConsumeContext<M302> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M303Consumer : IConsumer<M303> { public Task Consume(ConsumeContext<M303> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M304Consumer : IConsumer<M304> { public Task Consume(ConsumeContext<M304> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M305Consumer : IConsumer<M305> { public Task Consume(ConsumeContext<M305> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M306Consumer : IConsumer<M306> { public Task Consume(ConsumeContext<M306> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M307Consumer : IConsumer<M307> { public Task Consume(ConsumeContext<M307> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M308Consumer : IConsumer<M308> { public Task Consume(ConsumeContext<M308> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M309Consumer : IConsumer<M309> { public Task Consume(ConsumeContext<M309> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M310Consumer : IConsumer<M310> { public Task Consume(ConsumeContext<M310> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M311Consumer : IConsumer<M311> { public Task Consume(ConsumeContext<M311> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M312Consumer : IConsumer<M312> { public Task Consume(ConsumeContext<M312> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M313Consumer : IConsumer<M313> { public Task Consume(ConsumeContext<M313> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M314Consumer : IConsumer<M314> { public Task Consume(ConsumeContext<M314> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M315Consumer : IConsumer<M315> { public Task Consume(ConsumeContext<M315> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M316Consumer : IConsumer<M316> { public Task Consume(ConsumeContext<M316> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M317Consumer : IConsumer<M317> { public Task Consume(ConsumeContext<M317> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M318Consumer : IConsumer<M318> { public Task Consume(ConsumeContext<M318> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M319Consumer : IConsumer<M319> { public Task Consume(ConsumeContext<M319> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M320Consumer : IConsumer<M320> { public Task Consume(ConsumeContext<M320> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M321Consumer : IConsumer<M321> { public Task Consume(ConsumeContext<M321> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M322Consumer : IConsumer<M322> { public Task Consume(ConsumeContext<M322> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M323Consumer : IConsumer<M323> { public Task Consume(ConsumeContext<M323> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M324Consumer : IConsumer<M324> { public Task Consume(ConsumeContext<M324> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M325Consumer : IConsumer<M325> { public Task Consume(ConsumeContext<M325> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M326Consumer : IConsumer<M326> { public Task Consume(ConsumeContext<M326> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M327Consumer : IConsumer<M327> { public Task Consume(ConsumeContext<M327> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M328Consumer : IConsumer<M328> { public Task Consume(ConsumeContext<M328> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M329Consumer : IConsumer<M329> { public Task Consume(ConsumeContext<M329> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M330Consumer : IConsumer<M330> { public Task Consume(ConsumeContext<M330> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M331Consumer : IConsumer<M331> { public Task Consume(ConsumeContext<M331> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M332Consumer : IConsumer<M332> { public Task Consume(ConsumeContext<M332> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M333Consumer : IConsumer<M333> { public Task Consume(ConsumeContext<M333> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M334Consumer : IConsumer<M334> { public Task Consume(ConsumeContext<M334> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M335Consumer : IConsumer<M335> { public Task Consume(ConsumeContext<M335> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M336Consumer : IConsumer<M336> { public Task Consume(ConsumeContext<M336> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M337Consumer : IConsumer<M337> { public Task Consume(ConsumeContext<M337> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M338Consumer : IConsumer<M338> { public Task Consume(ConsumeContext<M338> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M339Consumer : IConsumer<M339> { public Task Consume(ConsumeContext<M339> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M340Consumer : IConsumer<M340> { public Task Consume(ConsumeContext<M340> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M341Consumer : IConsumer<M341> { public Task Consume(ConsumeContext<M341> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M342Consumer : IConsumer<M342> { public Task Consume(ConsumeContext<M342> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M343Consumer : IConsumer<M343> { public Task Consume(ConsumeContext<M343> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M344Consumer : IConsumer<M344> { public Task Consume(ConsumeContext<M344> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M345Consumer : IConsumer<M345> { public Task Consume(ConsumeContext<M345> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M346Consumer : IConsumer<M346> { public Task Consume(ConsumeContext<M346> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M347Consumer : IConsumer<M347> { public Task Consume(ConsumeContext<M347> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M348Consumer : IConsumer<M348> { public Task Consume(ConsumeContext<M348> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M349Consumer : IConsumer<M349> { public Task Consume(ConsumeContext<M349> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M350Consumer : IConsumer<M350> { public Task Consume(ConsumeContext<M350> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M351Consumer : IConsumer<M351> { public Task Consume(ConsumeContext<M351> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M352Consumer : IConsumer<M352> { public Task Consume(ConsumeContext<M352> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M353Consumer : IConsumer<M353> { public Task Consume(ConsumeContext<M353> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M354Consumer : IConsumer<M354> { public Task Consume(ConsumeContext<M354> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M355Consumer : IConsumer<M355> { public Task Consume(ConsumeContext<M355> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M356Consumer : IConsumer<M356> { public Task Consume(ConsumeContext<M356> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M357Consumer : IConsumer<M357> { public Task Consume(ConsumeContext<M357> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M358Consumer : IConsumer<M358> { public Task Consume(ConsumeContext<M358> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M359Consumer : IConsumer<M359> { public Task Consume(ConsumeContext<M359> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M360Consumer : IConsumer<M360> { public Task Consume(ConsumeContext<M360> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M361Consumer : IConsumer<M361> { public Task Consume(ConsumeContext<M361> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M362Consumer : IConsumer<M362> { public Task Consume(ConsumeContext<M362> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M363Consumer : IConsumer<M363> { public Task Consume(ConsumeContext<M363> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M364Consumer : IConsumer<M364> { public Task Consume(ConsumeContext<M364> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M365Consumer : IConsumer<M365> { public Task Consume(ConsumeContext<M365> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M366Consumer : IConsumer<M366> { public Task Consume(ConsumeContext<M366> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M367Consumer : IConsumer<M367> { public Task Consume(ConsumeContext<M367> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M368Consumer : IConsumer<M368> { public Task Consume(ConsumeContext<M368> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M369Consumer : IConsumer<M369> { public Task Consume(ConsumeContext<M369> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M370Consumer : IConsumer<M370> { public Task Consume(ConsumeContext<M370> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M371Consumer : IConsumer<M371> { public Task Consume(ConsumeContext<M371> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M372Consumer : IConsumer<M372> { public Task Consume(ConsumeContext<M372> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M373Consumer : IConsumer<M373> { public Task Consume(ConsumeContext<M373> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M374Consumer : IConsumer<M374> { public Task Consume(ConsumeContext<M374> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M375Consumer : IConsumer<M375> { public Task Consume(ConsumeContext<M375> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M376Consumer : IConsumer<M376> { public Task Consume(ConsumeContext<M376> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M377Consumer : IConsumer<M377> { public Task Consume(ConsumeContext<M377> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M378Consumer : IConsumer<M378> { public Task Consume(ConsumeContext<M378> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M379Consumer : IConsumer<M379> { public Task Consume(ConsumeContext<M379> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M380Consumer : IConsumer<M380> { public Task Consume(ConsumeContext<M380> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M381Consumer : IConsumer<M381> { public Task Consume(ConsumeContext<M381> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M382Consumer : IConsumer<M382> { public Task Consume(ConsumeContext<M382> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M383Consumer : IConsumer<M383> { public Task Consume(ConsumeContext<M383> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M384Consumer : IConsumer<M384> { public Task Consume(ConsumeContext<M384> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M385Consumer : IConsumer<M385> { public Task Consume(ConsumeContext<M385> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M386Consumer : IConsumer<M386> { public Task Consume(ConsumeContext<M386> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M387Consumer : IConsumer<M387> { public Task Consume(ConsumeContext<M387> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M388Consumer : IConsumer<M388> { public Task Consume(ConsumeContext<M388> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M389Consumer : IConsumer<M389> { public Task Consume(ConsumeContext<M389> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M390Consumer : IConsumer<M390> { public Task Consume(ConsumeContext<M390> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M391Consumer : IConsumer<M391> { public Task Consume(ConsumeContext<M391> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M392Consumer : IConsumer<M392> { public Task Consume(ConsumeContext<M392> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M393Consumer : IConsumer<M393> { public Task Consume(ConsumeContext<M393> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M394Consumer : IConsumer<M394> { public Task Consume(ConsumeContext<M394> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M395Consumer : IConsumer<M395> { public Task Consume(ConsumeContext<M395> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M396Consumer : IConsumer<M396> { public Task Consume(ConsumeContext<M396> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M397Consumer : IConsumer<M397> { public Task Consume(ConsumeContext<M397> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M398Consumer : IConsumer<M398> { public Task Consume(ConsumeContext<M398> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M399Consumer : IConsumer<M399> { public Task Consume(ConsumeContext<M399> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M400Consumer : IConsumer<M400> { public Task Consume(ConsumeContext<M400> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M401Consumer : IConsumer<M401> { public Task Consume(ConsumeContext<M401> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M402Consumer : IConsumer<M402> { public Task Consume(ConsumeContext<M402> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M403Consumer : IConsumer<M403> { public Task Consume(ConsumeContext<M403> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M404Consumer : IConsumer<M404> { public Task Consume(ConsumeContext<M404> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M405Consumer : IConsumer<M405> { public Task Consume(ConsumeContext<M405> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M406Consumer : IConsumer<M406> { public Task Consume(ConsumeContext<M406> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M407Consumer : IConsumer<M407> { public Task Consume(ConsumeContext<M407> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M408Consumer : IConsumer<M408> { public Task Consume(ConsumeContext<M408> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M409Consumer : IConsumer<M409> { public Task Consume(ConsumeContext<M409> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M410Consumer : IConsumer<M410> { public Task Consume(ConsumeContext<M410> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M411Consumer : IConsumer<M411> { public Task Consume(ConsumeContext<M411> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M412Consumer : IConsumer<M412> { public Task Consume(ConsumeContext<M412> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M413Consumer : IConsumer<M413> { public Task Consume(ConsumeContext<M413> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M414Consumer : IConsumer<M414> { public Task Consume(ConsumeContext<M414> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M415Consumer : IConsumer<M415> { public Task Consume(ConsumeContext<M415> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M416Consumer : IConsumer<M416> { public Task Consume(ConsumeContext<M416> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M417Consumer : IConsumer<M417> { public Task Consume(ConsumeContext<M417> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M418Consumer : IConsumer<M418> { public Task Consume(ConsumeContext<M418> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M419Consumer : IConsumer<M419> { public Task Consume(ConsumeContext<M419> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M420Consumer : IConsumer<M420> { public Task Consume(ConsumeContext<M420> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M421Consumer : IConsumer<M421> { public Task Consume(ConsumeContext<M421> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M422Consumer : IConsumer<M422> { public Task Consume(ConsumeContext<M422> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M423Consumer : IConsumer<M423> { public Task Consume(ConsumeContext<M423> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M424Consumer : IConsumer<M424> { public Task Consume(ConsumeContext<M424> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M425Consumer : IConsumer<M425> { public Task Consume(ConsumeContext<M425> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M426Consumer : IConsumer<M426> { public Task Consume(ConsumeContext<M426> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M427Consumer : IConsumer<M427> { public Task Consume(ConsumeContext<M427> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M428Consumer : IConsumer<M428> { public Task Consume(ConsumeContext<M428> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M429Consumer : IConsumer<M429> { public Task Consume(ConsumeContext<M429> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M430Consumer : IConsumer<M430> { public Task Consume(ConsumeContext<M430> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M431Consumer : IConsumer<M431> { public Task Consume(ConsumeContext<M431> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M432Consumer : IConsumer<M432> { public Task Consume(ConsumeContext<M432> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M433Consumer : IConsumer<M433> { public Task Consume(ConsumeContext<M433> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M434Consumer : IConsumer<M434> { public Task Consume(ConsumeContext<M434> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M435Consumer : IConsumer<M435> { public Task Consume(ConsumeContext<M435> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M436Consumer : IConsumer<M436> { public Task Consume(ConsumeContext<M436> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M437Consumer : IConsumer<M437> { public Task Consume(ConsumeContext<M437> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M438Consumer : IConsumer<M438> { public Task Consume(ConsumeContext<M438> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M439Consumer : IConsumer<M439> { public Task Consume(ConsumeContext<M439> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M440Consumer : IConsumer<M440> { public Task Consume(ConsumeContext<M440> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M441Consumer : IConsumer<M441> { public Task Consume(ConsumeContext<M441> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M442Consumer : IConsumer<M442> { public Task Consume(ConsumeContext<M442> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M443Consumer : IConsumer<M443> { public Task Consume(ConsumeContext<M443> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M444Consumer : IConsumer<M444> { public Task Consume(ConsumeContext<M444> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M445Consumer : IConsumer<M445> { public Task Consume(ConsumeContext<M445> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M446Consumer : IConsumer<M446> { public Task Consume(ConsumeContext<M446> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M447Consumer : IConsumer<M447> { public Task Consume(ConsumeContext<M447> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M448Consumer : IConsumer<M448> { public Task Consume(ConsumeContext<M448> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M449Consumer : IConsumer<M449> { public Task Consume(ConsumeContext<M449> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M450Consumer : IConsumer<M450> { public Task Consume(ConsumeContext<M450> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M451Consumer : IConsumer<M451> { public Task Consume(ConsumeContext<M451> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M452Consumer : IConsumer<M452> { public Task Consume(ConsumeContext<M452> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M453Consumer : IConsumer<M453> { public Task Consume(ConsumeContext<M453> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M454Consumer : IConsumer<M454> { public Task Consume(ConsumeContext<M454> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M455Consumer : IConsumer<M455> { public Task Consume(ConsumeContext<M455> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M456Consumer : IConsumer<M456> { public Task Consume(ConsumeContext<M456> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M457Consumer : IConsumer<M457> { public Task Consume(ConsumeContext<M457> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M458Consumer : IConsumer<M458> { public Task Consume(ConsumeContext<M458> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M459Consumer : IConsumer<M459> { public Task Consume(ConsumeContext<M459> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M460Consumer : IConsumer<M460> { public Task Consume(ConsumeContext<M460> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M461Consumer : IConsumer<M461> { public Task Consume(ConsumeContext<M461> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M462Consumer : IConsumer<M462> { public Task Consume(ConsumeContext<M462> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M463Consumer : IConsumer<M463> { public Task Consume(ConsumeContext<M463> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M464Consumer : IConsumer<M464> { public Task Consume(ConsumeContext<M464> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M465Consumer : IConsumer<M465> { public Task Consume(ConsumeContext<M465> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M466Consumer : IConsumer<M466> { public Task Consume(ConsumeContext<M466> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M467Consumer : IConsumer<M467> { public Task Consume(ConsumeContext<M467> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M468Consumer : IConsumer<M468> { public Task Consume(ConsumeContext<M468> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M469Consumer : IConsumer<M469> { public Task Consume(ConsumeContext<M469> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M470Consumer : IConsumer<M470> { public Task Consume(ConsumeContext<M470> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M471Consumer : IConsumer<M471> { public Task Consume(ConsumeContext<M471> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M472Consumer : IConsumer<M472> { public Task Consume(ConsumeContext<M472> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M473Consumer : IConsumer<M473> { public Task Consume(ConsumeContext<M473> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M474Consumer : IConsumer<M474> { public Task Consume(ConsumeContext<M474> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M475Consumer : IConsumer<M475> { public Task Consume(ConsumeContext<M475> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M476Consumer : IConsumer<M476> { public Task Consume(ConsumeContext<M476> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M477Consumer : IConsumer<M477> { public Task Consume(ConsumeContext<M477> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M478Consumer : IConsumer<M478> { public Task Consume(ConsumeContext<M478> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M479Consumer : IConsumer<M479> { public Task Consume(ConsumeContext<M479> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M480Consumer : IConsumer<M480> { public Task Consume(ConsumeContext<M480> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M481Consumer : IConsumer<M481> { public Task Consume(ConsumeContext<M481> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M482Consumer : IConsumer<M482> { public Task Consume(ConsumeContext<M482> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M483Consumer : IConsumer<M483> { public Task Consume(ConsumeContext<M483> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M484Consumer : IConsumer<M484> { public Task Consume(ConsumeContext<M484> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M485Consumer : IConsumer<M485> { public Task Consume(ConsumeContext<M485> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M486Consumer : IConsumer<M486> { public Task Consume(ConsumeContext<M486> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M487Consumer : IConsumer<M487> { public Task Consume(ConsumeContext<M487> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M488Consumer : IConsumer<M488> { public Task Consume(ConsumeContext<M488> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M489Consumer : IConsumer<M489> { public Task Consume(ConsumeContext<M489> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M490Consumer : IConsumer<M490> { public Task Consume(ConsumeContext<M490> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M491Consumer : IConsumer<M491> { public Task Consume(ConsumeContext<M491> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M492Consumer : IConsumer<M492> { public Task Consume(ConsumeContext<M492> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M493Consumer : IConsumer<M493> { public Task Consume(ConsumeContext<M493> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M494Consumer : IConsumer<M494> { public Task Consume(ConsumeContext<M494> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M495Consumer : IConsumer<M495> { public Task Consume(ConsumeContext<M495> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M496Consumer : IConsumer<M496> { public Task Consume(ConsumeContext<M496> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M497Consumer : IConsumer<M497> { public Task Consume(ConsumeContext<M497> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M498Consumer : IConsumer<M498> { public Task Consume(ConsumeContext<M498> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
public sealed class M499Consumer : IConsumer<M499> { public Task Consume(ConsumeContext<M499> context) { Probe.Consumed(context.Message.Value); return Task.CompletedTask; } }
