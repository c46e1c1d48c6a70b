// sarama 1.22 (Debian golang-github-shopify-sarama-dev) against a broker; prints one JSON document.
//
// usage: sarama BOOTSTRAP COMMAND ARGS... [OPT=VALUE ...]
//
//	produce TOPIC                      < {"records": [RECORD, ...]}   -> {"delivered": [{"partition", "offset"}]}
//	consume TOPIC PARTITION OFFSET COUNT                              -> {"records": [RECORD + offset]}
//	offset-for-time TOPIC PARTITION TIMESTAMP_MS                      -> {"offset": n}
//	metadata                                                          -> {"brokers", "controller", "topics"}
//	group GROUP TOPIC                                                 -> {"records": [[p, o, value]], "assignments": [[p...]...]}
//	admin OP JSON                                                     -> {"result": ..., "error": {"code", "message"}|null}
//
// RECORD is the compat suites' JSON record (key, value and header values as hex, null kept). OPT=VALUE:
// version=<kafka version> (default: sarama's own default, V0_8_2_0), compression=none|gzip|snappy|lz4|zstd,
// idempotent=true, acks=0|1|all, ready_file=<path> and idle_ms=<n> (group); security: tls_ca=<PEM file> (TLS,
// checking the broker's certificate against it), tls_cert=<PEM> and tls_key=<PEM> (a client certificate),
// sasl_user=<name> and sasl_password=<secret> (SASL/PLAIN, the one mechanism sarama 1.22 has built in).
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/Shopify/sarama"
	"samsacompat"
)

func config(opts map[string]string) *sarama.Config {
	cfg := sarama.NewConfig()
	cfg.ClientID = "compat-sarama"
	cfg.Net.DialTimeout = 5 * time.Second
	cfg.Metadata.Retry.Backoff = 100 * time.Millisecond
	if v, ok := opts["version"]; ok {
		version, err := sarama.ParseKafkaVersion(v)
		if err != nil {
			samsacompat.Fail(err)
		}
		cfg.Version = version
	}
	codecs := map[string]sarama.CompressionCodec{
		"none": sarama.CompressionNone, "gzip": sarama.CompressionGZIP, "snappy": sarama.CompressionSnappy,
		"lz4": sarama.CompressionLZ4, "zstd": sarama.CompressionZSTD,
	}
	if c, ok := opts["compression"]; ok {
		codec, known := codecs[c]
		if !known {
			samsacompat.Fail(fmt.Errorf("unknown codec %s", c))
		}
		cfg.Producer.Compression = codec
	}
	switch opts["acks"] {
	case "0":
		cfg.Producer.RequiredAcks = sarama.NoResponse
	case "1":
		cfg.Producer.RequiredAcks = sarama.WaitForLocal
	case "all":
		cfg.Producer.RequiredAcks = sarama.WaitForAll
	}
	if opts["idempotent"] == "true" {
		cfg.Producer.Idempotent = true
		cfg.Producer.RequiredAcks = sarama.WaitForAll
		cfg.Net.MaxOpenRequests = 1
	}
	if ca, ok := opts["tls_ca"]; ok {
		pem, err := ioutil.ReadFile(ca)
		if err != nil {
			samsacompat.Fail(err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			samsacompat.Fail(fmt.Errorf("no certificate in %s", ca))
		}
		tlsConfig := &tls.Config{RootCAs: pool}
		if certFile, ok := opts["tls_cert"]; ok {
			pair, err := tls.LoadX509KeyPair(certFile, opts["tls_key"])
			if err != nil {
				samsacompat.Fail(err)
			}
			tlsConfig.Certificates = []tls.Certificate{pair}
		}
		cfg.Net.TLS.Enable = true
		cfg.Net.TLS.Config = tlsConfig
	}
	if user, ok := opts["sasl_user"]; ok {
		cfg.Net.SASL.Enable = true
		cfg.Net.SASL.Mechanism = sarama.SASLTypePlaintext
		cfg.Net.SASL.User = user
		cfg.Net.SASL.Password = opts["sasl_password"]
	}
	return cfg
}

func produce(addrs []string, args []string, opts map[string]string) {
	topic := args[0]
	var in struct{ Records []samsacompat.Record }
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		samsacompat.Fail(err)
	}
	cfg := config(opts)
	cfg.Producer.Return.Successes = true
	cfg.Producer.Partitioner = sarama.NewManualPartitioner
	producer, err := sarama.NewSyncProducer(addrs, cfg)
	if err != nil {
		samsacompat.Fail(err)
	}
	msgs := make([]*sarama.ProducerMessage, len(in.Records))
	for i, r := range in.Records {
		m := &sarama.ProducerMessage{Topic: topic}
		if k := samsacompat.Unhex(r.Key); k != nil {
			m.Key = sarama.ByteEncoder(k)
		}
		if v := samsacompat.Unhex(r.Value); v != nil {
			m.Value = sarama.ByteEncoder(v)
		}
		for _, h := range r.Headers {
			m.Headers = append(m.Headers, sarama.RecordHeader{Key: []byte(*h[0]), Value: samsacompat.Unhex(h[1])})
		}
		if r.Timestamp != nil {
			m.Timestamp = time.Unix(0, *r.Timestamp*int64(time.Millisecond))
		}
		if r.Partition != nil {
			m.Partition = *r.Partition
		}
		msgs[i] = m
	}
	if err := producer.SendMessages(msgs); err != nil {
		if errs, ok := err.(sarama.ProducerErrors); ok && len(errs) > 0 {
			samsacompat.Fail(fmt.Errorf("%d of %d records failed, the first with: %v", len(errs), len(msgs), errs[0].Err))
		}
		samsacompat.Fail(err)
	}
	if err := producer.Close(); err != nil {
		samsacompat.Fail(err)
	}
	type delivery struct {
		Partition int32 `json:"partition"`
		Offset    int64 `json:"offset"`
	}
	delivered := make([]delivery, len(msgs))
	for i, m := range msgs {
		delivered[i] = delivery{m.Partition, m.Offset}
	}
	samsacompat.Emit(map[string]interface{}{"delivered": delivered})
}

func startOffset(s string) int64 {
	switch s {
	case "beginning":
		return sarama.OffsetOldest
	case "end":
		return sarama.OffsetNewest
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		samsacompat.Fail(err)
	}
	return n
}

func toRecord(m *sarama.ConsumerMessage) samsacompat.Record {
	r := samsacompat.Record{Key: samsacompat.Tohex(m.Key), Value: samsacompat.Tohex(m.Value), Headers: [][]*string{}}
	for _, h := range m.Headers {
		name := string(h.Key)
		r.Headers = append(r.Headers, []*string{&name, samsacompat.Tohex(h.Value)})
	}
	// Before Kafka 0.10 messages carry no timestamp: report Kafka's -1.
	ts := int64(-1)
	if !m.Timestamp.IsZero() && m.Timestamp.UnixNano() > 0 {
		ts = m.Timestamp.UnixNano() / int64(time.Millisecond)
	}
	p, o := m.Partition, m.Offset
	r.Timestamp, r.Partition, r.Offset = &ts, &p, &o
	return r
}

func consume(addrs []string, args []string, opts map[string]string) {
	topic := args[0]
	partition, _ := strconv.Atoi(args[1])
	count, _ := strconv.Atoi(args[3])
	consumer, err := sarama.NewConsumer(addrs, config(opts))
	if err != nil {
		samsacompat.Fail(err)
	}
	pc, err := consumer.ConsumePartition(topic, int32(partition), startOffset(args[2]))
	if err != nil {
		samsacompat.Fail(err)
	}
	records := []samsacompat.Record{}
	idle := time.Duration(samsacompat.IntOpt(opts, "idle_ms", 5000)) * time.Millisecond
loop:
	for len(records) < count {
		select {
		case m := <-pc.Messages():
			records = append(records, toRecord(m))
		case e := <-pc.Errors():
			samsacompat.Fail(e)
		case <-time.After(idle):
			break loop
		}
	}
	pc.Close()
	consumer.Close()
	samsacompat.Emit(map[string]interface{}{"records": records})
}

func offsetForTime(addrs []string, args []string, opts map[string]string) {
	partition, _ := strconv.Atoi(args[1])
	ts, _ := strconv.ParseInt(args[2], 10, 64)
	client, err := sarama.NewClient(addrs, config(opts))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer client.Close()
	offset, err := client.GetOffset(args[0], int32(partition), ts)
	if err != nil {
		samsacompat.Fail(err)
	}
	samsacompat.Emit(map[string]int64{"offset": offset})
}

func metadata(addrs []string, opts map[string]string) {
	client, err := sarama.NewClient(addrs, config(opts))
	if err != nil {
		samsacompat.Fail(err)
	}
	defer client.Close()
	type broker struct {
		ID   int32  `json:"id"`
		Addr string `json:"addr"`
	}
	brokers := []broker{}
	for _, b := range client.Brokers() {
		brokers = append(brokers, broker{b.ID(), b.Addr()})
	}
	controller := int32(-1)
	if c, err := client.Controller(); err == nil {
		controller = c.ID()
	}
	topics := map[string][]int32{}
	names, err := client.Topics()
	if err != nil {
		samsacompat.Fail(err)
	}
	for _, t := range names {
		parts, err := client.Partitions(t)
		if err != nil {
			samsacompat.Fail(err)
		}
		leaders := make([]int32, len(parts))
		for i, p := range parts {
			leader, err := client.Leader(t, p)
			if err != nil {
				samsacompat.Fail(err)
			}
			leaders[i] = leader.ID()
		}
		topics[t] = leaders
	}
	samsacompat.Emit(map[string]interface{}{"brokers": brokers, "controller": controller, "topics": topics})
}

// groupHandler records what a member consumed and every assignment it was given, and marks each message
// so the offset manager commits it.
type groupHandler struct {
	mu          sync.Mutex
	records     [][]interface{}
	assignments [][]int32
	last        time.Time
	readyFile   string
}

func (h *groupHandler) Setup(s sarama.ConsumerGroupSession) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	var parts []int32
	for _, ps := range s.Claims() {
		parts = append(parts, ps...)
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i] < parts[j] })
	if parts == nil {
		parts = []int32{}
	}
	h.assignments = append(h.assignments, parts)
	h.last = time.Now()
	if h.readyFile != "" {
		ioutil.WriteFile(h.readyFile, []byte(s.MemberID()), 0o644)
	}
	return nil
}

func (h *groupHandler) Cleanup(sarama.ConsumerGroupSession) error { return nil }

func (h *groupHandler) ConsumeClaim(s sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for m := range claim.Messages() {
		h.mu.Lock()
		h.records = append(h.records, []interface{}{m.Partition, m.Offset, string(m.Value)})
		h.last = time.Now()
		h.mu.Unlock()
		s.MarkMessage(m, "")
	}
	return nil
}

func group(addrs []string, args []string, opts map[string]string) {
	cfg := config(opts)
	if _, ok := opts["version"]; !ok {
		cfg.Version = sarama.V2_1_0_0
	}
	cfg.Consumer.Offsets.Initial = sarama.OffsetOldest
	cfg.Consumer.Offsets.CommitInterval = 100 * time.Millisecond
	cfg.Consumer.Return.Errors = true
	if opts["assignor"] == "roundrobin" {
		cfg.Consumer.Group.Rebalance.Strategy = sarama.BalanceStrategyRoundRobin
	}
	g, err := sarama.NewConsumerGroup(addrs, args[0], cfg)
	if err != nil {
		samsacompat.Fail(err)
	}
	h := &groupHandler{readyFile: opts["ready_file"], last: time.Now()}
	idle := time.Duration(samsacompat.IntOpt(opts, "idle_ms", 4000)) * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		for ctx.Err() == nil {
			if err := g.Consume(ctx, []string{args[1]}, h); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	go func() {
		for err := range g.Errors() {
			fmt.Fprintln(os.Stderr, "group error:", err)
		}
	}()
	for {
		time.Sleep(50 * time.Millisecond)
		h.mu.Lock()
		quiet := time.Since(h.last) > idle && len(h.assignments) > 0
		h.mu.Unlock()
		if quiet {
			break
		}
	}
	cancel()
	if err := <-done; err != nil {
		samsacompat.Fail(err)
	}
	if err := g.Close(); err != nil {
		samsacompat.Fail(err)
	}
	if h.records == nil {
		h.records = [][]interface{}{}
	}
	samsacompat.Emit(map[string]interface{}{"records": h.records, "assignments": h.assignments})
}

type kafkaErr struct {
	Code    int16  `json:"code"`
	Message string `json:"message"`
}

func errorOf(err error) *kafkaErr {
	switch e := err.(type) {
	case nil:
		return nil
	case sarama.KError:
		return &kafkaErr{int16(e), e.Error()}
	case *sarama.TopicError:
		return &kafkaErr{int16(e.Err), e.Error()}
	case *sarama.TopicPartitionError:
		return &kafkaErr{int16(e.Err), e.Error()}
	}
	return &kafkaErr{-1, err.Error()}
}

func admin(addrs []string, args []string, opts map[string]string) {
	cfg := config(opts)
	if _, ok := opts["version"]; !ok {
		cfg.Version = sarama.V2_1_0_0
	}
	a, err := sarama.NewClusterAdmin(addrs, cfg)
	if err != nil {
		samsacompat.Fail(err)
	}
	defer a.Close()
	var in struct {
		Topic        string            `json:"topic"`
		Partitions   int32             `json:"partitions"`
		Replication  int16             `json:"replication"`
		Configs      map[string]string `json:"configs"`
		ValidateOnly bool              `json:"validateOnly"`
		Offsets      map[int32]int64   `json:"offsets"`
		Group        string            `json:"group"`
		Names        []string          `json:"names"`
		Parts        []int32           `json:"parts"`
	}
	if err := json.Unmarshal([]byte(args[1]), &in); err != nil {
		samsacompat.Fail(err)
	}
	var result interface{}
	switch args[0] {
	case "create-topic":
		entries := map[string]*string{}
		for k, v := range in.Configs {
			value := v
			entries[k] = &value
		}
		err = a.CreateTopic(in.Topic, &sarama.TopicDetail{NumPartitions: in.Partitions, ReplicationFactor: in.Replication, ConfigEntries: entries}, in.ValidateOnly)
	case "list-topics":
		var topics map[string]sarama.TopicDetail
		topics, err = a.ListTopics()
		counts := map[string]int32{}
		for name, d := range topics {
			counts[name] = d.NumPartitions
		}
		result = counts
	case "delete-topic":
		err = a.DeleteTopic(in.Topic)
	case "create-partitions":
		err = a.CreatePartitions(in.Topic, in.Partitions, nil, in.ValidateOnly)
	case "delete-records":
		err = a.DeleteRecords(in.Topic, in.Offsets)
	case "describe-config":
		var entries []sarama.ConfigEntry
		entries, err = a.DescribeConfig(sarama.ConfigResource{Type: sarama.TopicResource, Name: in.Topic, ConfigNames: in.Names})
		values := map[string]interface{}{}
		for _, e := range entries {
			values[e.Name] = map[string]interface{}{"value": e.Value, "default": e.Default, "readOnly": e.ReadOnly}
		}
		result = values
	case "alter-config":
		entries := map[string]*string{}
		for k, v := range in.Configs {
			value := v
			entries[k] = &value
		}
		err = a.AlterConfig(sarama.TopicResource, in.Topic, entries, in.ValidateOnly)
	case "describe-cluster":
		var brokers []*sarama.Broker
		var controller int32
		brokers, controller, err = a.DescribeCluster()
		ids := []int32{}
		for _, b := range brokers {
			ids = append(ids, b.ID())
		}
		result = map[string]interface{}{"brokers": ids, "controller": controller}
	case "list-groups":
		result, err = a.ListConsumerGroups()
	case "describe-groups":
		var groups []*sarama.GroupDescription
		groups, err = a.DescribeConsumerGroups(in.Names)
		described := []map[string]interface{}{}
		for _, g := range groups {
			described = append(described, map[string]interface{}{
				"group": g.GroupId, "state": g.State, "protocolType": g.ProtocolType, "protocol": g.Protocol,
				"members": len(g.Members), "error": int16(g.Err),
			})
		}
		result = described
	case "group-offsets":
		var res *sarama.OffsetFetchResponse
		res, err = a.ListConsumerGroupOffsets(in.Group, map[string][]int32{in.Topic: in.Parts})
		if err == nil {
			offsets := map[int32]int64{}
			for p, b := range res.Blocks[in.Topic] {
				offsets[p] = b.Offset
			}
			result = offsets
		}
	default:
		samsacompat.Fail(fmt.Errorf("unknown admin op %s", args[0]))
	}
	samsacompat.Emit(map[string]interface{}{"result": result, "error": errorOf(err)})
}

func main() {
	if len(os.Args) < 3 {
		samsacompat.Fail(fmt.Errorf("usage: sarama BOOTSTRAP COMMAND ARGS... [OPT=VALUE ...]"))
	}
	addrs := strings.Split(os.Args[1], ",")
	args, opts := samsacompat.Options(os.Args[3:])
	switch os.Args[2] {
	case "produce":
		produce(addrs, args, opts)
	case "consume":
		consume(addrs, args, opts)
	case "offset-for-time":
		offsetForTime(addrs, args, opts)
	case "metadata":
		metadata(addrs, opts)
	case "group":
		group(addrs, args, opts)
	case "admin":
		admin(addrs, args, opts)
	default:
		samsacompat.Fail(fmt.Errorf("unknown command %s", os.Args[2]))
	}
}
