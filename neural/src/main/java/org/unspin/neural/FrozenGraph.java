// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import com.google.protobuf.UnsafeByteOperations;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * A SavedModel's graph cut down to what one output needs, with its variables turned into constants. A forward pass
 * of the SavedModel as loaded reads each of BERT's 202 weight variables (a copy per read) and, in bfloat16, casts
 * every weight matrix to bfloat16 again on every pass: about 30% of a pass of 16 queries and two thirds of a query
 * alone (2 cores). With constants, TensorFlow's grappler folds those casts once, when the session first runs, and
 * oneDNN may keep its own layout of the weights between passes.
 *
 * <p>In {@link BertMlm.Precision#BF16}, a weight matrix whose every read feeds a matrix product (which the bfloat16
 * rewrite casts to bfloat16 anyway) is stored as bfloat16 with a cast back to 32 bits: the same values reach the
 * products (both casts round to nearest even) in half the memory; every other variable (the embeddings, which are
 * also looked up, the biases and layer norms) stays 32-bit.
 *
 * <p>{@link BertMlm} freezes its graph in bf16 only: in fp32 the frozen graph's answers move by up to 0.05 in log10
 * on pieces above 1% (grappler fuses more around constants), and its restorations were not measured.
 *
 * <p>Not instantiable: {@link #freeze} is the whole API.
 *
 * @since 0.1
 */
final class FrozenGraph {

  private FrozenGraph() {}

  /** Ops whose weight operand the bfloat16 rewrite casts to bfloat16. */
  private static final Set<String> PRODUCTS = Set.of("MatMul", "BatchMatMul", "BatchMatMulV2", "BatchMatMulV3");

  /**
   * The nodes {@code output} needs in {@code bundle}'s graph, its resource variables replaced by constants holding
   * their values; {@code feeds} (placeholders) stay as they are.
   *
   * @throws IllegalStateException if the graph holds a variable access this method does not know (the caller then
   *     keeps the SavedModel as loaded)
   */
  static Graph freeze(SavedModelBundle bundle, String output, BertMlm.Precision precision) {
    GraphDef gd = bundle.graph().toGraphDef();
    Map<String, NodeDef> byName = new HashMap<>();
    for (NodeDef n : gd.getNodeList()) {
      byName.put(n.getName(), n);
    }
    // the nodes the output needs, stopping at variable reads
    Set<String> needed = new LinkedHashSet<>();
    Map<String, List<String>> readers = new LinkedHashMap<>(); // variable handle -> the needed nodes reading it
    Deque<String> todo = new ArrayDeque<>(List.of(output));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!needed.add(name)) {
        continue;
      }
      NodeDef d = byName.get(name);
      if (d == null) {
        throw new IllegalStateException("no node " + name);
      }
      switch (d.getOp()) {
        case "ReadVariableOp", "ResourceGather" -> {
          String handle = base(d.getInput(0));
          if (!byName.containsKey(handle) || !byName.get(handle).getOp().equals("VarHandleOp")) {
            throw new IllegalStateException(name + " reads " + handle + ", not a VarHandleOp");
          }
          readers.computeIfAbsent(handle, k -> new ArrayList<>()).add(name);
          for (int i = 1; i < d.getInputCount(); i++) {
            if (!d.getInput(i).startsWith("^")) {
              todo.push(base(d.getInput(i)));
            }
          }
        }
        case "VarHandleOp", "AssignVariableOp", "VarIsInitializedOp" ->
            throw new IllegalStateException(name + " (" + d.getOp() + ") is needed by " + output);
        default -> {
          for (String in : d.getInputList()) {
            todo.push(base(in));
          }
        }
      }
    }
    // which needed nodes consume each needed node
    Map<String, List<NodeDef>> consumers = new HashMap<>();
    for (String name : needed) {
      NodeDef d = byName.get(name);
      for (String in : d.getInputList()) {
        consumers.computeIfAbsent(base(in), k -> new ArrayList<>()).add(d);
      }
    }
    // every variable read in one session run, each through a read of its own without control inputs
    Map<String, String> plainRead = new HashMap<>();
    for (NodeDef n : gd.getNodeList()) {
      if (n.getOp().equals("ReadVariableOp") && n.getInputCount() == 1 && readers.containsKey(base(n.getInput(0)))) {
        plainRead.putIfAbsent(base(n.getInput(0)), n.getName());
      }
    }
    List<String> handles = new ArrayList<>(readers.keySet());
    GraphDef.Builder out = GraphDef.newBuilder().setVersions(gd.getVersions()).setLibrary(gd.getLibrary());
    Session.Runner runner = bundle.session().runner();
    for (String h : handles) {
      String read = plainRead.get(h);
      if (read == null) {
        throw new IllegalStateException("no plain read of " + h);
      }
      runner.fetch(read);
    }
    try (Result values = runner.run()) {
      for (int v = 0; v < handles.size(); v++) {
        String h = handles.get(v);
        Tensor t = values.get(v);
        boolean toBf16 = precision == BertMlm.Precision.BF16 && t.dataType() == DataType.DT_FLOAT
            && t.shape().numDimensions() == 2 && onlyProducts(readers.get(h), consumers);
        addConstant(out, h + "/frozen", t, toBf16);
      }
    }
    for (String name : needed) {
      NodeDef d = byName.get(name);
      NodeDef.Builder n = d.toBuilder().removeAttr("_class"); // colocation with the variables, gone
      if (d.getOp().equals("ReadVariableOp")) {
        n = NodeDef.newBuilder().setName(name).setOp("Identity").setDevice(d.getDevice())
            .addInput(base(d.getInput(0)) + "/frozen").putAttr("T", d.getAttrOrThrow("dtype"));
      } else if (d.getOp().equals("ResourceGather")) {
        if (d.getAttrMap().containsKey("batch_dims") && d.getAttrOrThrow("batch_dims").getI() != 0) {
          throw new IllegalStateException(name + " gathers with batch_dims");
        }
        out.addNode(NodeDef.newBuilder().setName(name + "/axis").setOp("Const")
            .putAttr("dtype", type(DataType.DT_INT32))
            .putAttr("value", AttrValue.newBuilder().setTensor(TensorProto.newBuilder().setDtype(DataType.DT_INT32)
                .setTensorShape(TensorShapeProto.getDefaultInstance()).addIntVal(0)).build()));
        n = NodeDef.newBuilder().setName(name).setOp("GatherV2").setDevice(d.getDevice())
            .addInput(base(d.getInput(0)) + "/frozen").addInput(d.getInput(1)).addInput(name + "/axis")
            .putAttr("Tparams", d.getAttrOrThrow("dtype")).putAttr("Tindices", d.getAttrOrThrow("Tindices"))
            .putAttr("Taxis", type(DataType.DT_INT32)).putAttr("batch_dims", AttrValue.newBuilder().setI(0).build());
      }
      out.addNode(n);
    }
    Graph g = new Graph();
    try {
      g.importGraphDef(out.build());
    } catch (RuntimeException e) {
      g.close();
      throw new IllegalStateException("the frozen graph does not import: " + e.getMessage(), e);
    }
    return g;
  }

  /** Whether every consumer of every read in {@code reads} is a matrix product. */
  private static boolean onlyProducts(List<String> reads, Map<String, List<NodeDef>> consumers) {
    for (String r : reads) {
      List<NodeDef> cs = consumers.getOrDefault(r, List.of());
      if (cs.isEmpty()) {
        return false;
      }
      for (NodeDef c : cs) {
        if (!PRODUCTS.contains(c.getOp())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A constant holding {@code t}'s value; in bfloat16 with a cast back to its type when {@code toBf16}. */
  private static void addConstant(GraphDef.Builder out, String name, Tensor t, boolean toBf16) {
    long bytes = t.numBytes();
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalStateException(name + " holds " + bytes + " bytes");
    }
    byte[] raw = new byte[(int) bytes];
    t.asRawTensor().data().copyTo(DataBuffers.of(raw, false, false), raw.length);
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (long d : t.shape().asArray()) {
      shape.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
    }
    DataType type = t.dataType();
    String constName = name;
    if (toBf16) {
      raw = bfloat16(raw);
      type = DataType.DT_BFLOAT16;
      constName = name + "/bf16";
      out.addNode(NodeDef.newBuilder().setName(name).setOp("Cast").addInput(constName)
          .putAttr("SrcT", type(DataType.DT_BFLOAT16)).putAttr("DstT", type(t.dataType()))
          .putAttr("Truncate", AttrValue.newBuilder().setB(false).build()));
    }
    TensorProto value = TensorProto.newBuilder().setDtype(type).setTensorShape(shape)
        .setTensorContent(UnsafeByteOperations.unsafeWrap(raw)).build();
    out.addNode(NodeDef.newBuilder().setName(constName).setOp("Const").putAttr("dtype", type(type))
        .putAttr("value", AttrValue.newBuilder().setTensor(value).build()));
  }

  /**
   * 32-bit floats (little-endian, as TensorFlow lays them out on x86) rounded to bfloat16, to nearest even, as
   * TensorFlow's own cast rounds them.
   */
  static byte[] bfloat16(byte[] fp32) {
    ByteBuffer in = ByteBuffer.wrap(fp32).order(ByteOrder.LITTLE_ENDIAN);
    byte[] out = new byte[fp32.length / 2];
    for (int i = 0, o = 0; i + 4 <= fp32.length; i += 4, o += 2) {
      short s = bfloat16(in.getFloat(i));
      out[o] = (byte) s;
      out[o + 1] = (byte) (s >> 8);
    }
    return out;
  }

  /** One float rounded to bfloat16 (to nearest even; NaN stays NaN), as its 16 bits. */
  static short bfloat16(float f) {
    int bits = Float.floatToRawIntBits(f);
    if (Float.isNaN(f)) {
      return (short) ((bits >>> 16) | 0x0040);
    }
    int rounded = bits + 0x7FFF + ((bits >>> 16) & 1);
    return (short) (rounded >>> 16);
  }

  private static AttrValue type(DataType t) {
    return AttrValue.newBuilder().setType(t).build();
  }

  /** A node name without its output index or control marker. */
  private static String base(String input) {
    String s = input.startsWith("^") ? input.substring(1) : input;
    int colon = s.indexOf(':');
    return colon < 0 ? s : s.substring(0, colon);
  }
}
